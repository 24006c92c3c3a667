using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>ENIs: vSwitch, addresses, groups, and what a group may hold.</summary>
internal sealed partial class SnapshotCheck
{
    /// <summary>Secondary private IPv4 addresses per ENI (ECS's figure for an ENI; the grains enforce the same).</summary>
    private const int MaxSecondaryAddresses = 49;

    private readonly Dictionary<string, PlannedNetworkInterface> _networkInterfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _networkInterfacePaths = new(StringComparer.Ordinal);
    private readonly Dictionary<(string VpcId, NetworkAddress Address), string> _addresses = [];

    private void CheckNetworkInterfaces()
    {
        foreach (var (eni, path) in Items("DescribeNetworkInterfaces", snapshot.DescribeNetworkInterfaces, "NetworkInterfaceSets", a => a.NetworkInterfaceSets))
        {
            if (Id(eni.NetworkInterfaceId, ResourceIds.NetworkInterfacePrefix, $"{path}.NetworkInterfaceId") is not { } id || !IsFirst(_networkInterfaces, id, $"{path}.NetworkInterfaceId"))
            {
                continue;
            }

            if (CheckNetworkInterface(id, eni, path) is { } planned)
            {
                _networkInterfaces[id] = planned;
                _networkInterfacePaths[id] = path;
            }
        }
    }

    private PlannedNetworkInterface? CheckNetworkInterface(string id, SnapshotNetworkInterface eni, string path)
    {
        var vSwitch = VSwitch(eni.VSwitchId, $"{path}.VSwitchId");
        if (vSwitch is null)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(eni.VpcId) && eni.VpcId != vSwitch.VpcId)
        {
            Problem($"{path}.VpcId", EcsErrorCodes.VpcMismatch, $"The vSwitch {vSwitch.VSwitchId} is in {vSwitch.VpcId}.");
        }

        if (!string.IsNullOrEmpty(eni.ZoneId) && eni.ZoneId != vSwitch.ZoneId)
        {
            Problem($"{path}.ZoneId", EcsErrorCodes.VSwitchZoneMismatch, $"The vSwitch {vSwitch.VSwitchId} is in {vSwitch.ZoneId}.");
        }

        var primary = eni.Type is null or "Secondary" ? false : eni.Type == "Primary" ? true : (bool?)null;
        if (primary is null)
        {
            Problem($"{path}.Type", EcsErrorCodes.InvalidEniType, "SgGrid imports Primary and Secondary ENIs.");
        }

        var instanceId = string.IsNullOrEmpty(eni.InstanceId) ? eni.Attachment?.InstanceId : eni.InstanceId;
        if (primary == true && string.IsNullOrEmpty(instanceId))
        {
            Problem($"{path}.InstanceId", EcsErrorCodes.MissingParameter, "A primary ENI belongs to an instance.");
        }

        var address = Address(eni.PrivateIpAddress, vSwitch, $"{path}.PrivateIpAddress");
        var secondaries = SecondaryAddresses(eni, address, vSwitch, path);
        var ipv6 = Ipv6Addresses(eni, vSwitch, path);
        var groups = MemberGroups(eni.SecurityGroupIds, vSwitch.VpcId, $"{path}.SecurityGroupIds");
        if (address is not { } primaryAddress || primary is null || groups.IsDefault)
        {
            return null;
        }

        return new PlannedNetworkInterface(
            id,
            vSwitch.VpcId,
            vSwitch.VSwitchId,
            vSwitch.ZoneId,
            primary.Value,
            string.IsNullOrEmpty(instanceId) ? null : instanceId,
            primaryAddress,
            secondaries,
            ipv6,
            groups,
            Name(eni.NetworkInterfaceName, $"{path}.NetworkInterfaceName"),
            Description(eni.Description, $"{path}.Description"),
            string.IsNullOrEmpty(eni.MacAddress) ? null : eni.MacAddress,
            Time(eni.CreationTime, $"{path}.CreationTime"),
            eni.DeleteOnRelease ?? primary.Value,
            eni.ResourceGroupId ?? "",
            Tags(eni.Tags, path));
    }

    /// <summary>A private IPv4 address of the vSwitch's block, not reserved, held by no other ENI of the VPC.</summary>
    private NetworkAddress? Address(string? text, PlannedVSwitch vSwitch, string path)
    {
        if (!NetworkAddress.TryParse(text ?? "", out var address) || address.Family != IpFamily.IPv4)
        {
            Problem(path, string.IsNullOrEmpty(text) ? EcsErrorCodes.MissingParameter : EcsErrorCodes.InvalidParameter, $"'{text}' is not an IPv4 address.");
            return null;
        }

        var block = vSwitch.CidrBlock;
        if (!block.Contains(address)
            || address.Value < block.First + AddressPool.ReservedAtStart
            || address.Value > block.Last - AddressPool.ReservedAtEnd)
        {
            Problem(path, EcsErrorCodes.VSwitchIpInvalid, $"{address} is not a usable address of {vSwitch.VSwitchId} ({block}: the first and the last three are reserved).");
            return null;
        }

        return Claim(vSwitch.VpcId, address, path) ? address : null;
    }

    private bool Claim(string vpcId, NetworkAddress address, string path)
    {
        if (!_addresses.TryAdd((vpcId, address), path))
        {
            Problem(path, EcsErrorCodes.PrivateIpAddressDuplicated, $"{address} is held by another ENI of {vpcId} ({_addresses[(vpcId, address)]}).");
            return false;
        }

        return true;
    }

    private ImmutableArray<NetworkAddress> SecondaryAddresses(SnapshotNetworkInterface eni, NetworkAddress? primary, PlannedVSwitch vSwitch, string path)
    {
        var result = ImmutableArray.CreateBuilder<NetworkAddress>();
        var items = eni.PrivateIpSets?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}.PrivateIpSets.{eni.PrivateIpSets!.Name}[{i}].PrivateIpAddress";
            var text = items[i].PrivateIpAddress;
            if (items[i].Primary == true || (primary is { } p && text == p.ToString()))
            {
                if (primary is { } main && text != main.ToString())
                {
                    Problem(itemPath, EcsErrorCodes.InvalidParameter, $"The primary address is {main}.");
                }

                continue;
            }

            if (Address(text, vSwitch, itemPath) is { } address)
            {
                result.Add(address);
            }
        }

        if (result.Count > MaxSecondaryAddresses)
        {
            Problem($"{path}.PrivateIpSets", EcsErrorCodes.Ipv4CountExceeded, $"An ENI has at most {MaxSecondaryAddresses} secondary private addresses.");
        }

        return result.ToImmutable();
    }

    private ImmutableArray<NetworkAddress> Ipv6Addresses(SnapshotNetworkInterface eni, PlannedVSwitch vSwitch, string path)
    {
        var result = ImmutableArray.CreateBuilder<NetworkAddress>();
        var items = eni.Ipv6Sets?.Items ?? [];
        IpCidr? block = vSwitch.Ipv6CidrBlockIndex is { } index && _vpcs[vSwitch.VpcId].Ipv6CidrBlock is { } vpcBlock
            ? Ipv6Blocks.VSwitchBlock(vpcBlock, index)
            : null;
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}.Ipv6Sets.{eni.Ipv6Sets!.Name}[{i}].Ipv6Address";
            if (!NetworkAddress.TryParse(items[i].Ipv6Address ?? "", out var address) || address.Family != IpFamily.IPv6)
            {
                Problem(itemPath, EcsErrorCodes.InvalidParameter, $"'{items[i].Ipv6Address}' is not an IPv6 address.");
            }
            else if (block is not { } v6 || !v6.Contains(address))
            {
                Problem(itemPath, EcsErrorCodes.VSwitchIpInvalid, $"{address} is not in the IPv6 block of {vSwitch.VSwitchId}.");
            }
            else if (Claim(vSwitch.VpcId, address, itemPath))
            {
                result.Add(address);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>An ENI's groups: 1 to the quota, in the snapshot, in its VPC, of one type, rules within the per-ENI quota.</summary>
    private ImmutableArray<string> MemberGroups(WrappedList<string>? ids, string vpcId, string path)
    {
        var items = ids?.Items ?? [];
        if (items.Count == 0 || items.Count > context.Quotas.GroupsPerNetworkInterface)
        {
            Problem(path, items.Count == 0 ? EcsErrorCodes.MissingSecurityGroup : EcsErrorCodes.JoinedGroupLimitExceed, $"An ENI is in 1 to {context.Quotas.GroupsPerNetworkInterface} security groups.");
            return default;
        }

        var result = ImmutableArray.CreateBuilder<string>(items.Count);
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}.{ids!.Name}[{i}]";
            if (Id(items[i], ResourceIds.SecurityGroupPrefix, itemPath) is not { } id)
            {
                ok = false;
            }
            else if (!_groups.TryGetValue(id, out var group))
            {
                Problem(itemPath, EcsErrorCodes.SecurityGroupNotFound, $"The group {id} is not in the snapshot.");
                ok = false;
            }
            else if (group.VpcId != vpcId)
            {
                Problem(itemPath, EcsErrorCodes.VpcMismatch, $"The group {id} is in {group.VpcId}, the ENI in {vpcId}.");
                ok = false;
            }
            else if (result.Contains(id))
            {
                Problem(itemPath, EcsErrorCodes.InvalidParameterConflict, $"The group {id} is listed twice.");
                ok = false;
            }
            else
            {
                result.Add(id);
            }
        }

        if (!ok)
        {
            return default;
        }

        if (result.Select(g => _groups[g].Type).Distinct().Count() > 1)
        {
            Problem(path, EcsErrorCodes.SecurityGroupTypeMismatch, "An ENI's groups are all basic or all advanced.");
            return default;
        }

        var rules = result.Sum(g => _groups[g].Rules.Length);
        if (rules > context.Quotas.RulesPerNetworkInterface)
        {
            Problem(path, EcsErrorCodes.AuthorizationLimitExceed, $"The ENI's groups have {rules} rules; an ENI may have {context.Quotas.RulesPerNetworkInterface}.");
            return default;
        }

        return result.ToImmutable();
    }

    /// <summary>A basic group holds at most so many private addresses of its members, an advanced one so many ENIs.</summary>
    private void CheckGroupCapacity()
    {
        var addresses = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var eni in _networkInterfaces.Values)
        {
            var count = 1 + eni.SecondaryIpAddresses.Length + eni.Ipv6Addresses.Length;
            foreach (var group in eni.SecurityGroupIds)
            {
                addresses[group] = addresses.GetValueOrDefault(group) + count;
                members[group] = members.GetValueOrDefault(group) + 1;
            }
        }

        foreach (var group in _groups.Values)
        {
            var (used, limit) = group.Type == SecurityGroups.SecurityGroupType.Enterprise
                ? (members.GetValueOrDefault(group.SecurityGroupId), context.Quotas.NetworkInterfacesPerAdvancedGroup)
                : (addresses.GetValueOrDefault(group.SecurityGroupId), context.Quotas.PrivateIpsPerBasicGroup);
            if (used > limit)
            {
                Problem("$.DescribeNetworkInterfaces", EcsErrorCodes.SecurityGroupInstanceLimitExceeded, $"{group.SecurityGroupId} would hold {used} members' addresses or ENIs; it may hold {limit}.");
            }
        }
    }
}
