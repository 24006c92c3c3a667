using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>
/// A what-if scenario (design §1.3): a staging copy of one VPC whose grains are keyed <c>{id}@{scenarioId}</c>
/// (<see cref="GrainScope"/>), its exact diff against production, and the promotion of its staged rules.
/// Every call names the production owner; another tenant's (or region's) scenario answers as not found.
/// </summary>
[Alias("sggrid.IWhatIfScenarioGrain")]
public interface IWhatIfScenarioGrain : IGrainWithStringKey
{
    /// <summary>Clones the VPC (its groups, memberships, addresses, ENIs, instances, vSwitches) as it is now.</summary>
    [Alias("Create")]
    Task<Outcome<WhatIfScenarioInfo>> CreateAsync(WhatIfScenarioSpec spec);

    /// <summary>The scenario, or null when it does not exist, was deleted or is not <paramref name="caller"/>'s.</summary>
    [Alias("GetInfo"), Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<WhatIfScenarioInfo?> GetInfoAsync(ResourceOwner caller);

    /// <summary>
    /// The exact difference of verdicts between production now and the scenario now, one page of it. An expensive
    /// analysis: bounded per tenant (<c>Throttling.User</c>), per silo (<c>Throttling</c>) and in time, and stopped when
    /// <paramref name="cancellationToken"/> (the caller's) ends.
    /// </summary>
    [Alias("DescribeDiff")]
    Task<Outcome<WhatIfDiffPage>> DescribeDiffAsync(ResourceOwner caller, WhatIfDiffQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Promotes the staged rules and internal access policy of the groups in scope to production, refusing (and changing
    /// nothing) if any of them changed in production since the clone.
    /// </summary>
    [Alias("Apply")]
    Task<Outcome<WhatIfApplyResult>> ApplyAsync(ResourceOwner caller, MutationOptions options);

    /// <summary>Deletes the scenario and its staging copy; production is untouched.</summary>
    [Alias("Delete")]
    Task<MutationResult> DeleteAsync(ResourceOwner caller);
}
