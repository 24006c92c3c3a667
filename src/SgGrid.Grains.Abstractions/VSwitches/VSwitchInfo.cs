using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.VSwitches;

/// <summary>A vSwitch's attributes and address usage, as DescribeVSwitches shows them.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.VSwitchInfo")]
public sealed record VSwitchInfo
{
    [Id(0)] public required string VSwitchId { get; init; }
    [Id(1)] public required ResourceOwner Owner { get; init; }
    [Id(2)] public required string VpcId { get; init; }
    [Id(3)] public required string ZoneId { get; init; }
    [Id(4)] public required IpCidr CidrBlock { get; init; }
    [Id(5)] public string Name { get; init; } = "";
    [Id(6)] public string Description { get; init; } = "";
    [Id(7)] public string ResourceGroupId { get; init; } = "";
    [Id(8)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    [Id(9)] public DateTimeOffset CreationTime { get; init; }

    /// <summary>Free private addresses: the block minus its 4 reserved addresses minus those allocated.</summary>
    [Id(10)] public long AvailableIpAddressCount { get; init; }

    /// <summary>Private addresses allocated to ENIs.</summary>
    [Id(11)] public long AllocatedIpAddressCount { get; init; }

    /// <summary>
    /// The vSwitch's IPv6 /64 (its VPC's /56 plus the index it was created with), or null when it has none. ENIs of the
    /// vSwitch take their IPv6 addresses from this block (the ENI side allocates them; the vSwitch only carries the block).
    /// </summary>
    [Id(12)] public IpCidr? Ipv6CidrBlock { get; init; }
}
