using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Vpcs;

/// <summary>What a VPC reserved for a vSwitch: its IPv4 block, and its IPv6 /64 when one was asked for.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.VSwitchRegistration")]
public sealed record VSwitchRegistration
{
    [Id(0)] public required IpCidr CidrBlock { get; init; }

    /// <summary>The VPC's /56 plus the requested index, or null for an IPv4-only vSwitch.</summary>
    [Id(1)] public IpCidr? Ipv6CidrBlock { get; init; }
}
