using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>
/// Many ENIs of one tenant, vSwitch and group set, each with a given primary private IPv4 address (the caller plans the
/// addresses, as CreateNetworkInterface's PrimaryIpAddress lets it).
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.NetworkInterfaceBulkSpec")]
public sealed record NetworkInterfaceBulkSpec
{
    [Id(0)] public required ResourceOwner Owner { get; init; }
    [Id(1)] public required string VpcId { get; init; }
    [Id(2)] public required string VSwitchId { get; init; }
    /// <summary>The groups every ENI joins, in association order.</summary>
    [Id(3)] public required ImmutableArray<string> SecurityGroupIds { get; init; }
    /// <summary>One ENI per address, in order.</summary>
    [Id(4)] public required ImmutableArray<NetworkAddress> PrimaryIpAddresses { get; init; }
    /// <summary>The ENI ids to use (same length as the addresses); empty to have new ids made.</summary>
    [Id(5)] public ImmutableArray<string> NetworkInterfaceIds { get; init; } = [];
}
