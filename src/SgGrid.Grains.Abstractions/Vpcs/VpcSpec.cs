using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Vpcs;

/// <summary>What CreateVpc asks for. The id is the grain's key.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.VpcSpec")]
public sealed record VpcSpec
{
    [Id(0)] public required ResourceOwner Owner { get; init; }

    /// <summary>IPv4, /8 to /28, outside the ranges the cloud refuses.</summary>
    [Id(1)] public required IpCidr CidrBlock { get; init; }
    [Id(2)] public string Name { get; init; } = "";
    [Id(3)] public string Description { get; init; } = "";
    [Id(4)] public string ResourceGroupId { get; init; } = "";
    [Id(5)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Whether the VPC gets an IPv6 /56 (CreateVpc's <c>EnableIpv6</c>), assigned by <see cref="IIpv6CidrAllocatorGrain"/>.</summary>
    [Id(6)] public bool EnableIpv6 { get; init; }

    /// <summary>The IPv6 /56 to take instead of the pool's next one (an imported VPC keeps its block); needs <see cref="EnableIpv6"/>.</summary>
    [Id(8)] public IpCidr? Ipv6CidrBlock { get; init; }
    /// <summary>When the resource was created: an imported resource keeps its own (ImportRegion); null for now.</summary>
    [Id(7)] public DateTimeOffset? CreationTime { get; init; }
}
