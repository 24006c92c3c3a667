using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Plans;
using SgGrid.Domain.Validation;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>Rules: parsed as Authorize parses them, ids kept, references resolved inside the snapshot, quotas.</summary>
internal sealed partial class SnapshotCheck
{
    private readonly HashSet<string> _ruleIds = new(StringComparer.Ordinal);

    private ImmutableArray<PlannedRule> Rules(PlannedSecurityGroup group, List<(SnapshotRule Permission, string Path)> permissions)
    {
        var rules = ImmutableArray.CreateBuilder<PlannedRule>(permissions.Count);
        var identities = new HashSet<RuleIdentity>();
        var references = 0;
        foreach (var (permission, path) in permissions)
        {
            if (Rule(group, permission, path) is not { } rule)
            {
                continue;
            }

            if (!identities.Add(rule.Rule.Identity(context.Emulation.DuplicateIdentityIncludesPriority)))
            {
                Problem(path, EcsErrorCodes.DuplicatePermissions, $"The group already has a rule identical to {rule.Rule.RuleId} (decision D4).");
                continue;
            }

            references += rule.Rule.Remote is SecurityGroupPeer ? 1 : 0;
            rules.Add(rule);
        }

        var groupPath = permissions.Count > 0 ? permissions[0].Path[..permissions[0].Path.LastIndexOf(".Permissions", StringComparison.Ordinal)] : "$.DescribeSecurityGroupAttribute";
        if (rules.Count > context.Quotas.RulesPerGroup)
        {
            Problem(groupPath, EcsErrorCodes.AuthorizationLimitExceed, $"{group.SecurityGroupId} has {rules.Count} rules; a group may have {context.Quotas.RulesPerGroup}.");
        }

        if (references > context.Quotas.GroupReferenceRulesPerGroup)
        {
            Problem(groupPath, EcsErrorCodes.AuthorizedGroupRuleLimitExceed, $"{group.SecurityGroupId} has {references} group-reference rules; a group may have {context.Quotas.GroupReferenceRulesPerGroup}.");
        }

        return rules.ToImmutable();
    }

    private PlannedRule? Rule(PlannedSecurityGroup group, SnapshotRule permission, string path)
    {
        var ruleId = Id(permission.SecurityGroupRuleId, ResourceIds.SecurityGroupRulePrefix, $"{path}.SecurityGroupRuleId");
        if (ruleId is not null && !_ruleIds.Add(ruleId))
        {
            Problem($"{path}.SecurityGroupRuleId", EcsErrorCodes.InvalidParameterConflict, $"The rule id {ruleId} is listed more than once.");
            ruleId = null;
        }

        if (!EnumParsers.TryParseDirection(permission.Direction ?? "", out var direction))
        {
            Problem($"{path}.Direction", EcsErrorCodes.InvalidParameter, "The direction is ingress or egress.");
            return null;
        }

        var ingress = direction == Direction.Ingress;
        var request = new PermissionRequest
        {
            IpProtocol = permission.IpProtocol,
            PortRange = permission.PortRange,
            SourcePortRange = permission.SourcePortRange,
            SourceCidrIp = permission.SourceCidrIp,
            Ipv6SourceCidrIp = permission.Ipv6SourceCidrIp,
            DestCidrIp = permission.DestCidrIp,
            Ipv6DestCidrIp = permission.Ipv6DestCidrIp,

            // A referenced group is looked up in the snapshot, whatever account the document names as its owner: the
            // snapshot's account becomes the importing tenant.
            SourceGroupId = ingress ? permission.SourceGroupId : null,
            SourcePrefixListId = ingress ? permission.SourcePrefixListId : null,
            DestGroupId = ingress ? null : permission.DestGroupId,
            DestPrefixListId = ingress ? null : permission.DestPrefixListId,
            Policy = permission.Policy,
            Priority = permission.Priority,
            NicType = permission.NicType,
            Description = permission.Description,
        };
        var parsed = PermissionParser.Parse(request, 0, new RuleTarget(group.SecurityGroupId, group.Type, direction), context.Emulation);
        foreach (var error in parsed.Errors)
        {
            Problem(path, error);
        }

        var createTime = Time(permission.CreateTime, $"{path}.CreateTime");
        if (parsed.Value is not { } value || ruleId is null)
        {
            return null;
        }

        var rule = value.WithRuleId(ruleId);
        var peerField = $"{path}.{(ingress ? "Source" : "Dest")}";
        switch (rule.Remote)
        {
            case SecurityGroupPeer reference:
                if (!_groups.TryGetValue(reference.GroupId, out var referenced))
                {
                    Problem($"{peerField}GroupId", ingress ? EcsErrorCodes.SourceGroupNotFound : EcsErrorCodes.DestGroupNotFound, $"The group {reference.GroupId} is not in the snapshot.");
                    return null;
                }

                if (referenced.VpcId != group.VpcId)
                {
                    Problem($"{peerField}GroupId", ingress ? EcsErrorCodes.SourceGroupIdMismatch : EcsErrorCodes.DestGroupIdMismatch, $"The group {reference.GroupId} is in another VPC.");
                    return null;
                }

                if (referenced.Type != SecurityGroupType.Normal)
                {
                    Problem($"{peerField}GroupId", EcsErrorCodes.GroupAuthOperationDenied, $"The group {reference.GroupId} is an advanced group, which rules cannot reference.");
                    return null;
                }

                rule = rule with { Remote = reference with { OwnerAccount = null } };
                break;
            case PrefixListPeer list:
                if (!_prefixLists.TryGetValue(list.PrefixListId, out var prefixList))
                {
                    Problem($"{peerField}PrefixListId", EcsErrorCodes.PrefixListNotFound, $"The prefix list {list.PrefixListId} is not in the snapshot.");
                    return null;
                }

                if (RuleFamily(rule) is { } family && family != prefixList.AddressFamily)
                {
                    Problem($"{peerField}PrefixListId", EcsErrorCodes.PrefixListAddressFamilyMismatch, $"The prefix list {list.PrefixListId} is {prefixList.AddressFamily}; the rule is not.");
                    return null;
                }

                break;
        }

        return new PlannedRule(rule, createTime);
    }

    private static IpFamily? RuleFamily(SecurityGroupRule rule) =>
        rule.LocalCidr?.Family ?? (rule.Protocol == IpProtocol.Icmp ? IpFamily.IPv4 : rule.Protocol == IpProtocol.IcmpV6 ? IpFamily.IPv6 : null);
}
