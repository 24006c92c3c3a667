using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeSecurityGroupAttribute: a group's attributes and its rules, filtered by <c>Direction</c> (ingress, egress or all)
/// and paged by <c>MaxResults</c> (10-1000, default 500) and <c>NextToken</c>. Every rule field is a JSON string, Priority too.
/// </summary>
/// <remarks>
/// <para>Rules are listed by creation time, then rule id (<see cref="RulePageToken"/>), so paging is stable while rules change.</para>
/// <para>Every SgGrid group is a VPC group whose rules are <c>intranet</c>: <c>NicType</c> is validated but selects all rules.</para>
/// <para>Group names are shown for the caller's own referenced groups only (another account's group name is not the
/// caller's to see); a referenced group or prefix list that no longer exists shows an empty name.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the ECS action.")]
public sealed class DescribeSecurityGroupAttribute : IRpcAction
{
    public const int MinMaxResults = 10;
    public const int MaxMaxResults = 1000;
    public const int DefaultMaxResults = 500;

    public string Name => nameof(DescribeSecurityGroupAttribute);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        var directionText = reader.Optional("Direction", 16);
        Direction? direction = null;
        if (directionText is not null && !directionText.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            direction = EnumParsers.TryParseDirection(directionText, out var parsed) ? parsed : null;
            if (direction is null)
            {
                reader.Fail(ApiErrors.Malformed("Direction", "It must be ingress, egress or all."));
            }
        }

        reader.Parse<NicType>("NicType", (string text, out NicType value) => EnumParsers.TryParseNicType(text, out value));
        var maxResults = reader.Number("MaxResults", MinMaxResults, MaxMaxResults) ?? DefaultMaxResults;
        var tokenText = reader.Optional("NextToken", 128);
        RulePageToken? after = null;
        if (tokenText is not null)
        {
            after = RulePageToken.TryParse(tokenText, out var token) ? token : null;
            if (after is null)
            {
                reader.Fail(ApiErrors.Malformed("NextToken", "Use the NextToken of the previous answer."));
            }
        }

        reader.Optional("Attribute", 64);
        if (reader.Error is { } error)
        {
            return error;
        }

        var info = await region!.FindSecurityGroupAsync(groupId);
        if (info is null)
        {
            return SecurityGroupErrors.NotFound();
        }

        var rules = await region.SecurityGroup(groupId).GetRulesAsync();
        var page = rules
            .Where(r => direction is null || r.Rule.Direction == direction)
            .Select(r => (Rule: r, Key: RulePageToken.Of(r)))
            .Where(r => after is not { } start || r.Key > start)
            .OrderBy(r => r.Key)
            .Take(maxResults + 1)
            .ToList();
        string? nextToken = null;
        if (page.Count > maxResults)
        {
            page.RemoveAt(maxResults);
            nextToken = page[^1].Key.ToString();
        }

        var names = new PeerNames(region);
        var permissions = new List<Permission>(page.Count);
        foreach (var (rule, _) in page)
        {
            permissions.Add(await ToPermissionAsync(rule, info, names));
        }

        return RpcResult.Ok(new Response
        {
            RegionId = region.RegionId,
            SecurityGroupId = info.SecurityGroupId,
            SecurityGroupName = info.Name,
            Description = info.Description,
            VpcId = info.VpcId,
            InnerAccessPolicy = EnumParsers.ToEcsString(info.InnerAccessPolicy),
            NextToken = nextToken,
            Permissions = new PermissionSet(permissions),
        });
    }

    private static async Task<Permission> ToPermissionAsync(SecurityGroupRuleView view, SecurityGroupInfo group, PeerNames names)
    {
        var rule = view.Rule;
        var ingress = rule.Direction == Direction.Ingress;
        string? cidr = null, ipv6Cidr = null, groupId = null, groupName = null, owner = null, listId = null, listName = null;
        switch (rule.Remote)
        {
            case CidrPeer { Cidr: var block }:
                (cidr, ipv6Cidr) = Split(block);
                break;
            case SecurityGroupPeer reference:
                groupId = reference.GroupId;
                owner = reference.OwnerAccount ?? group.Owner.AccountId;
                groupName = owner == group.Owner.AccountId ? await names.GroupAsync(reference.GroupId) : "";
                break;
            case PrefixListPeer list:
                listId = list.PrefixListId;
                listName = await names.PrefixListAsync(list.PrefixListId);
                break;
        }

        var (local, ipv6Local) = rule.LocalCidr is { } localCidr ? Split(localCidr) : (null, null);
        return new Permission
        {
            SecurityGroupRuleId = rule.RuleId,
            Direction = EnumParsers.ToEcsString(rule.Direction),
            IpProtocol = rule.Protocol.ToString(),
            PortRange = rule.DestinationPorts.ToString(),
            SourcePortRange = rule.SourcePorts.IsAll ? null : rule.SourcePorts.ToString(),
            Policy = EnumParsers.ToEcsString(rule.Policy),
            Priority = rule.Priority.ToString(CultureInfo.InvariantCulture),
            NicType = EnumParsers.ToEcsString(rule.NicType),
            Description = rule.Description,
            SourceCidrIp = ingress ? cidr : local,
            Ipv6SourceCidrIp = ingress ? ipv6Cidr : ipv6Local,
            SourceGroupId = ingress ? groupId : null,
            SourceGroupName = ingress ? groupName : null,
            SourceGroupOwnerAccount = ingress ? owner : null,
            SourcePrefixListId = ingress ? listId : null,
            SourcePrefixListName = ingress ? listName : null,
            DestCidrIp = ingress ? local : cidr,
            Ipv6DestCidrIp = ingress ? ipv6Local : ipv6Cidr,
            DestGroupId = ingress ? null : groupId,
            DestGroupName = ingress ? null : groupName,
            DestGroupOwnerAccount = ingress ? null : owner,
            DestPrefixListId = ingress ? null : listId,
            DestPrefixListName = ingress ? null : listName,
            CreateTime = EcsTime.Format(view.CreateTime),
        };
    }

    private static (string? Ipv4, string? Ipv6) Split(IpCidr cidr) =>
        cidr.Family == IpFamily.IPv4 ? (cidr.ToString(), null) : (null, cidr.ToString());

    /// <summary>Names of the groups and prefix lists a page's rules reference, looked up once each.</summary>
    private sealed class PeerNames(TenantRegion region)
    {
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        public async Task<string> GroupAsync(string groupId)
        {
            if (!_names.TryGetValue(groupId, out var name))
            {
                _names[groupId] = name = (await region.FindSecurityGroupAsync(groupId))?.Name ?? "";
            }

            return name;
        }

        public async Task<string> PrefixListAsync(string prefixListId)
        {
            if (!_names.TryGetValue(prefixListId, out var name))
            {
                _names[prefixListId] = name = (await region.FindPrefixListAsync(prefixListId))?.Name ?? "";
            }

            return name;
        }
    }

    public sealed record Response
    {
        public required string RegionId { get; init; }
        public required string SecurityGroupId { get; init; }
        public required string SecurityGroupName { get; init; }
        public required string Description { get; init; }
        public required string VpcId { get; init; }
        public required string InnerAccessPolicy { get; init; }
        public string? NextToken { get; init; }
        public required PermissionSet Permissions { get; init; }
    }

    public sealed record PermissionSet(IReadOnlyList<Permission> Permission);

    /// <summary>One rule; every field a string, absent when the rule has no such part.</summary>
    public sealed record Permission
    {
        public required string SecurityGroupRuleId { get; init; }
        public required string Direction { get; init; }
        public required string IpProtocol { get; init; }
        public required string PortRange { get; init; }
        public string? SourcePortRange { get; init; }
        public required string Policy { get; init; }
        public required string Priority { get; init; }
        public required string NicType { get; init; }
        public required string Description { get; init; }
        public string? SourceCidrIp { get; init; }
        public string? Ipv6SourceCidrIp { get; init; }
        public string? SourceGroupId { get; init; }
        public string? SourceGroupName { get; init; }
        public string? SourceGroupOwnerAccount { get; init; }
        public string? SourcePrefixListId { get; init; }
        public string? SourcePrefixListName { get; init; }
        public string? DestCidrIp { get; init; }
        public string? Ipv6DestCidrIp { get; init; }
        public string? DestGroupId { get; init; }
        public string? DestGroupName { get; init; }
        public string? DestGroupOwnerAccount { get; init; }
        public string? DestPrefixListId { get; init; }
        public string? DestPrefixListName { get; init; }
        public required string CreateTime { get; init; }
    }
}
