using System.Collections.Concurrent;
using System.Collections.Immutable;
using SgGrid.Domain.Snapshots;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Regions.Loading;

/// <summary>What of a plan the region already holds, as <see cref="ExistingResourceCheck"/> found it.</summary>
public sealed class ExistingResources
{
    /// <summary>Ids of resources that exist and equal the plan (not created again).</summary>
    public ConcurrentDictionary<string, bool> Present { get; } = new(StringComparer.Ordinal);

    /// <summary>Existing groups' version and rules (the load sets the plan's rules where they differ).</summary>
    public ConcurrentDictionary<string, (long Version, ImmutableArray<SecurityGroupRuleView> Rules, Domain.SecurityGroups.InnerAccessPolicy Policy)> Groups { get; } = new(StringComparer.Ordinal);

    /// <summary>Existing instances' attached secondary ENIs (the load attaches the rest of the plan's, in order).</summary>
    public ConcurrentDictionary<string, ImmutableArray<string>> AttachedSecondaries { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<SnapshotProblem> Problems { get; } = new();

    public bool Has(string id) => Present.ContainsKey(id);
}
