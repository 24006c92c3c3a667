using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>
/// An ENI to load: a secondary ENI (attached to <see cref="InstanceId"/> or not), or an instance's primary ENI, which the
/// instance creates. Addresses lie in the vSwitch and are unique in the VPC; groups are of one type and in the VPC.
/// </summary>
public sealed record PlannedNetworkInterface(
    string NetworkInterfaceId,
    string VpcId,
    string VSwitchId,
    string ZoneId,
    bool IsPrimary,
    string? InstanceId,
    NetworkAddress PrimaryIpAddress,
    ImmutableArray<NetworkAddress> SecondaryIpAddresses,
    ImmutableArray<NetworkAddress> Ipv6Addresses,
    ImmutableArray<string> SecurityGroupIds,
    string Name,
    string Description,
    string? MacAddress,
    DateTimeOffset? CreationTime,
    bool DeleteOnRelease,
    string ResourceGroupId,
    ImmutableDictionary<string, string> Tags)
{
    /// <summary>Every private address (primary, secondary, IPv6).</summary>
    public AddressSet PrivateAddresses() => AddressSet.FromAddresses([PrimaryIpAddress, .. SecondaryIpAddresses, .. Ipv6Addresses]);
}
