using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>A VPC to load, checked. <see cref="CreationTime"/> null means the snapshot did not say (the load uses now).</summary>
public sealed record PlannedVpc(
    string VpcId,
    IpCidr CidrBlock,
    string Name,
    string Description,
    string ResourceGroupId,
    ImmutableDictionary<string, string> Tags,
    DateTimeOffset? CreationTime,
    IpCidr? Ipv6CidrBlock);
