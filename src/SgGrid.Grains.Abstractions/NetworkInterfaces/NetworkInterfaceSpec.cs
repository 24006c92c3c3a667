using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>What creating an ENI needs. Private IPv4 addresses are claimed from the vSwitch by the ENI (allocated when absent).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.NetworkInterfaceSpec")]
public sealed record NetworkInterfaceSpec
{
    [Id(0)] public required ResourceOwner Owner { get; init; }
    [Id(1)] public required string VpcId { get; init; }
    [Id(2)] public required string VSwitchId { get; init; }
    [Id(3)] public string ZoneId { get; init; } = "";
    [Id(4)] public NetworkInterfaceType Type { get; init; } = NetworkInterfaceType.Secondary;
    [Id(5)] public string? InstanceId { get; init; }
    /// <summary>The primary private IPv4 address, or null to take the vSwitch's next free one.</summary>
    [Id(6)] public NetworkAddress? PrimaryIpAddress { get; init; }
    [Id(7)] public ImmutableArray<NetworkAddress> SecondaryIpAddresses { get; init; } = [];
    [Id(8)] public ImmutableArray<NetworkAddress> Ipv6Addresses { get; init; } = [];
    /// <summary>1 to the per-ENI quota of groups, all of one type and in the ENI's VPC, in association order.</summary>
    [Id(9)] public required ImmutableArray<string> SecurityGroupIds { get; init; }
    [Id(10)] public string Name { get; init; } = "";
    [Id(11)] public string Description { get; init; } = "";
    [Id(12)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    [Id(13)] public string ResourceGroupId { get; init; } = "";

    /// <summary>Whether the ENI is deleted with the instance it is attached to (DeleteInstance), rather than detached.</summary>
    [Id(14)] public bool DeleteOnRelease { get; init; }

    /// <summary>
    /// Further secondary private IPv4 addresses the ENI takes from its vSwitch's next free ones (after the explicit
    /// <see cref="SecondaryIpAddresses"/>): 0 for none. The secondaries in all are at most
    /// <see cref="NetworkInterfaceLimits.SecondaryPrivateIpAddresses"/>.
    /// </summary>
    [Id(15)] public int SecondaryPrivateIpAddressCount { get; init; }

    /// <summary>
    /// IPv6 addresses the ENI takes from its vSwitch's IPv6 /64 (after the explicit <see cref="Ipv6Addresses"/>, which must lie
    /// in that block too): 0 for none. Refused with <c>InvalidVSwitch.Ipv6NotTurnOn</c> when the vSwitch has no IPv6 block.
    /// </summary>
    [Id(16)] public int Ipv6AddressCount { get; init; }

    /// <summary>The MAC address to keep (an imported ENI keeps its own); null for a new <c>00:16:3e</c> one.</summary>
    [Id(18)] public string? MacAddress { get; init; }
    /// <summary>When the resource was created: an imported resource keeps its own (ImportRegion); null for now.</summary>
    [Id(17)] public DateTimeOffset? CreationTime { get; init; }
}
