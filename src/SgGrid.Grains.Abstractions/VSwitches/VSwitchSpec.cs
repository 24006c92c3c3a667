using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.VSwitches;

/// <summary>What CreateVSwitch asks for. The id is the grain's key.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.VSwitchSpec")]
public sealed record VSwitchSpec
{
    [Id(0)] public required ResourceOwner Owner { get; init; }
    [Id(1)] public required string VpcId { get; init; }
    [Id(2)] public required string ZoneId { get; init; }

    /// <summary>IPv4, /16 to /29, inside the VPC's block and overlapping none of its other vSwitches.</summary>
    [Id(3)] public required IpCidr CidrBlock { get; init; }
    [Id(4)] public string Name { get; init; } = "";
    [Id(5)] public string Description { get; init; } = "";
    [Id(6)] public string ResourceGroupId { get; init; } = "";
    [Id(7)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// CreateVSwitch's <c>Ipv6CidrBlock</c>: the index (0-255) of the vSwitch's /64 in its VPC's IPv6 /56, or null for an
    /// IPv4-only vSwitch. Refused when the VPC has no IPv6 or another vSwitch of the VPC has the index.
    /// </summary>
    [Id(8)] public int? Ipv6CidrBlockIndex { get; init; }
    /// <summary>When the resource was created: an imported resource keeps its own (ImportRegion); null for now.</summary>
    [Id(9)] public DateTimeOffset? CreationTime { get; init; }
}
