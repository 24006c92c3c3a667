using SgGrid.Domain.Validation;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="PermissionRequest"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class PermissionRequestConverter : IConverter<PermissionRequest, PermissionRequestSurrogate>
{
    public PermissionRequest ConvertFromSurrogate(in PermissionRequestSurrogate surrogate) =>
        new()
        {
            IpProtocol = surrogate.IpProtocol,
            PortRange = surrogate.PortRange,
            SourcePortRange = surrogate.SourcePortRange,
            SourceCidrIp = surrogate.SourceCidrIp,
            Ipv6SourceCidrIp = surrogate.Ipv6SourceCidrIp,
            DestCidrIp = surrogate.DestCidrIp,
            Ipv6DestCidrIp = surrogate.Ipv6DestCidrIp,
            SourceGroupId = surrogate.SourceGroupId,
            SourceGroupOwnerAccount = surrogate.SourceGroupOwnerAccount,
            SourceGroupOwnerId = surrogate.SourceGroupOwnerId,
            SourcePrefixListId = surrogate.SourcePrefixListId,
            DestGroupId = surrogate.DestGroupId,
            DestGroupOwnerAccount = surrogate.DestGroupOwnerAccount,
            DestGroupOwnerId = surrogate.DestGroupOwnerId,
            DestPrefixListId = surrogate.DestPrefixListId,
            Policy = surrogate.Policy,
            Priority = surrogate.Priority,
            NicType = surrogate.NicType,
            Description = surrogate.Description,
            PortRangeListId = surrogate.PortRangeListId,
        };

    public PermissionRequestSurrogate ConvertToSurrogate(in PermissionRequest value) =>
        new()
        {
            IpProtocol = value.IpProtocol,
            PortRange = value.PortRange,
            SourcePortRange = value.SourcePortRange,
            SourceCidrIp = value.SourceCidrIp,
            Ipv6SourceCidrIp = value.Ipv6SourceCidrIp,
            DestCidrIp = value.DestCidrIp,
            Ipv6DestCidrIp = value.Ipv6DestCidrIp,
            SourceGroupId = value.SourceGroupId,
            SourceGroupOwnerAccount = value.SourceGroupOwnerAccount,
            SourceGroupOwnerId = value.SourceGroupOwnerId,
            SourcePrefixListId = value.SourcePrefixListId,
            DestGroupId = value.DestGroupId,
            DestGroupOwnerAccount = value.DestGroupOwnerAccount,
            DestGroupOwnerId = value.DestGroupOwnerId,
            DestPrefixListId = value.DestPrefixListId,
            Policy = value.Policy,
            Priority = value.Priority,
            NicType = value.NicType,
            Description = value.Description,
            PortRangeListId = value.PortRangeListId,
        };
}
