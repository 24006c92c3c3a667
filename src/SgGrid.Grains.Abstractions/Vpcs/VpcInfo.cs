using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Vpcs;

/// <summary>A VPC's attributes and dependents, as DescribeVpcs shows them.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.VpcInfo")]
public sealed record VpcInfo
{
    [Id(0)] public required string VpcId { get; init; }
    [Id(1)] public required ResourceOwner Owner { get; init; }
    [Id(2)] public required IpCidr CidrBlock { get; init; }
    [Id(3)] public string Name { get; init; } = "";
    [Id(4)] public string Description { get; init; } = "";
    [Id(5)] public string ResourceGroupId { get; init; } = "";
    [Id(6)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    [Id(7)] public DateTimeOffset CreationTime { get; init; }

    /// <summary>The vSwitch ids, ascending.</summary>
    [Id(8)] public ImmutableArray<string> VSwitchIds { get; init; } = [];
    [Id(9)] public int SecurityGroupCount { get; init; }

    /// <summary>ENIs that registered addresses in the VPC (each instance has at least its primary ENI).</summary>
    [Id(10)] public int NetworkInterfaceCount { get; init; }

    /// <summary>The id reserved for the VPC's default security group (decision D8), or null before one was needed.</summary>
    [Id(11)] public string? DefaultSecurityGroupId { get; init; }

    /// <summary>The VPC's IPv6 /56 (from 2408:4000::/20, unique in the emulator), or null when IPv6 is not enabled.</summary>
    [Id(12)] public IpCidr? Ipv6CidrBlock { get; init; }
}
