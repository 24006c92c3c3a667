using System.Collections.Immutable;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>
/// A snapshot that passed every check, as the resources to load in dependency order: VPCs, vSwitches, prefix lists,
/// groups (then their rules, which may reference each other), ENIs, instances.
/// </summary>
public sealed record RegionImportPlan(
    string RegionId,
    ImmutableArray<PlannedVpc> Vpcs,
    ImmutableArray<PlannedVSwitch> VSwitches,
    ImmutableArray<PlannedPrefixList> PrefixLists,
    ImmutableArray<PlannedSecurityGroup> SecurityGroups,
    ImmutableArray<PlannedNetworkInterface> NetworkInterfaces,
    ImmutableArray<PlannedInstance> Instances)
{
    /// <summary>Resources in the plan, rules not counted.</summary>
    public int ResourceCount => Vpcs.Length + VSwitches.Length + PrefixLists.Length + SecurityGroups.Length + NetworkInterfaces.Length + Instances.Length;

    /// <summary>Rules over every group.</summary>
    public int RuleCount => SecurityGroups.Sum(g => g.Rules.Length);
}
