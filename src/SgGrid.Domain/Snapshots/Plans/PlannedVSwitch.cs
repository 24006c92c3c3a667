using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>A vSwitch to load, checked: in its VPC's block, overlapping no sibling, in a served zone. <c>Ipv6CidrBlockIndex</c>: the index (0-255) of its IPv6 /64 in the VPC's /56, or null.</summary>
public sealed record PlannedVSwitch(
    string VSwitchId,
    string VpcId,
    string ZoneId,
    IpCidr CidrBlock,
    string Name,
    string Description,
    string ResourceGroupId,
    ImmutableDictionary<string, string> Tags,
    DateTimeOffset? CreationTime,
    int? Ipv6CidrBlockIndex);
