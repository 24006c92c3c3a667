using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>A security group to load with its rules (ids kept), checked against the tenant's quotas and the other groups.</summary>
public sealed record PlannedSecurityGroup(
    string SecurityGroupId,
    string VpcId,
    string Name,
    string Description,
    SecurityGroupType Type,
    InnerAccessPolicy InnerAccessPolicy,
    bool ServiceManaged,
    string ResourceGroupId,
    ImmutableDictionary<string, string> Tags,
    DateTimeOffset? CreationTime,
    ImmutableArray<PlannedRule> Rules);
