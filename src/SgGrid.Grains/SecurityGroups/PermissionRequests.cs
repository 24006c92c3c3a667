using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>Turns a stored rule back into request form, so a modification can be validated like an Authorize.</summary>
internal static class PermissionRequests
{
    public static PermissionRequest FromRule(SecurityGroupRule rule)
    {
        var ingress = rule.Direction == Direction.Ingress;
        string? cidr4 = null, cidr6 = null, group = null, owner = null, prefixList = null;
        switch (rule.Remote)
        {
            case CidrPeer { Cidr: var c }:
                (cidr4, cidr6) = c.Family == Domain.Addresses.IpFamily.IPv4 ? (c.ToString(), (string?)null) : ((string?)null, c.ToString());
                break;
            case SecurityGroupPeer reference:
                (group, owner) = (reference.GroupId, reference.OwnerAccount);
                break;
            case PrefixListPeer list:
                prefixList = list.PrefixListId;
                break;
        }

        string? local4 = null, local6 = null;
        if (rule.LocalCidr is { } local)
        {
            (local4, local6) = local.Family == Domain.Addresses.IpFamily.IPv4 ? (local.ToString(), (string?)null) : ((string?)null, local.ToString());
        }

        return new PermissionRequest
        {
            IpProtocol = rule.Protocol.ToString(),
            PortRange = rule.DestinationPorts.ToString(),
            SourcePortRange = rule.SourcePorts.IsAll ? null : rule.SourcePorts.ToString(),
            Policy = rule.Policy == RulePolicy.Drop ? "drop" : "accept",
            Priority = rule.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NicType = "intranet",
            Description = rule.Description.Length == 0 ? null : rule.Description,
            SourceCidrIp = ingress ? cidr4 : local4,
            Ipv6SourceCidrIp = ingress ? cidr6 : local6,
            DestCidrIp = ingress ? local4 : cidr4,
            Ipv6DestCidrIp = ingress ? local6 : cidr6,
            SourceGroupId = ingress ? group : null,
            SourceGroupOwnerAccount = ingress ? owner : null,
            SourcePrefixListId = ingress ? prefixList : null,
            DestGroupId = ingress ? null : group,
            DestGroupOwnerAccount = ingress ? null : owner,
            DestPrefixListId = ingress ? null : prefixList,
        };
    }

    /// <summary>The rule's fields overlaid with the non-null fields of <paramref name="changes"/>; a new remote (or local) replaces the old one whole.</summary>
    public static PermissionRequest Overlay(PermissionRequest current, PermissionRequest changes, Direction direction)
    {
        var ingress = direction == Direction.Ingress;
        var remoteChanged = ingress
            ? Any(changes.SourceCidrIp, changes.Ipv6SourceCidrIp, changes.SourceGroupId, changes.SourcePrefixListId)
            : Any(changes.DestCidrIp, changes.Ipv6DestCidrIp, changes.DestGroupId, changes.DestPrefixListId);
        var localChanged = ingress ? Any(changes.DestCidrIp, changes.Ipv6DestCidrIp) : Any(changes.SourceCidrIp, changes.Ipv6SourceCidrIp);
        var baseline = current;
        if (remoteChanged)
        {
            baseline = ingress
                ? baseline with { SourceCidrIp = null, Ipv6SourceCidrIp = null, SourceGroupId = null, SourceGroupOwnerAccount = null, SourceGroupOwnerId = null, SourcePrefixListId = null }
                : baseline with { DestCidrIp = null, Ipv6DestCidrIp = null, DestGroupId = null, DestGroupOwnerAccount = null, DestGroupOwnerId = null, DestPrefixListId = null };
        }

        if (localChanged)
        {
            baseline = ingress ? baseline with { DestCidrIp = null, Ipv6DestCidrIp = null } : baseline with { SourceCidrIp = null, Ipv6SourceCidrIp = null };
        }

        return new PermissionRequest
        {
            IpProtocol = changes.IpProtocol ?? baseline.IpProtocol,
            PortRange = changes.PortRange ?? baseline.PortRange,
            SourcePortRange = changes.SourcePortRange ?? baseline.SourcePortRange,
            Policy = changes.Policy ?? baseline.Policy,
            Priority = changes.Priority ?? baseline.Priority,
            NicType = changes.NicType ?? baseline.NicType,
            Description = changes.Description ?? baseline.Description,
            PortRangeListId = changes.PortRangeListId ?? baseline.PortRangeListId,
            SourceCidrIp = changes.SourceCidrIp ?? baseline.SourceCidrIp,
            Ipv6SourceCidrIp = changes.Ipv6SourceCidrIp ?? baseline.Ipv6SourceCidrIp,
            DestCidrIp = changes.DestCidrIp ?? baseline.DestCidrIp,
            Ipv6DestCidrIp = changes.Ipv6DestCidrIp ?? baseline.Ipv6DestCidrIp,
            SourceGroupId = changes.SourceGroupId ?? baseline.SourceGroupId,
            SourceGroupOwnerAccount = changes.SourceGroupOwnerAccount ?? baseline.SourceGroupOwnerAccount,
            SourceGroupOwnerId = changes.SourceGroupOwnerId ?? baseline.SourceGroupOwnerId,
            SourcePrefixListId = changes.SourcePrefixListId ?? baseline.SourcePrefixListId,
            DestGroupId = changes.DestGroupId ?? baseline.DestGroupId,
            DestGroupOwnerAccount = changes.DestGroupOwnerAccount ?? baseline.DestGroupOwnerAccount,
            DestGroupOwnerId = changes.DestGroupOwnerId ?? baseline.DestGroupOwnerId,
            DestPrefixListId = changes.DestPrefixListId ?? baseline.DestPrefixListId,
        };
    }

    private static bool Any(params string?[] values) => values.Any(v => !string.IsNullOrEmpty(v));
}
