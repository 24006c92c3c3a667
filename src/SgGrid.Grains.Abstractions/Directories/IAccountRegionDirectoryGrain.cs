using System.Collections.Immutable;
using Orleans.Concurrency;

namespace SgGrid.Grains.Abstractions.Directories;

/// <summary>
/// One tenant's resources in one region, keyed <c>"{accountId}/{regionId}"</c> (<see cref="AccountRegionDirectory.KeyOf"/>):
/// a summary of each VPC, vSwitch, security group, ENI, instance and prefix list, so Describe* calls filter and page,
/// and quotas count, without calling the resources' grains. Resource grains register on creation and unregister on deletion.
/// </summary>
[Alias("sggrid.IAccountRegionDirectoryGrain")]
public interface IAccountRegionDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds the summary, or replaces the one with the same id.</summary>
    /// <returns>
    /// False (nothing registered) when the directory's storage bound is reached (docs/scale.md: several hundred thousand
    /// resources per tenant and region); callers answer it with a quota error.
    /// </returns>
    [Alias("Register")]
    Task<bool> RegisterAsync(ResourceSummary summary);

    /// <summary>Registers a new resource only while fewer than <paramref name="limit"/> of its kind exist: an exact per-tenant quota.</summary>
    /// <returns>False (nothing registered) when the quota (or the storage bound) is reached.</returns>
    [Alias("RegisterWithinLimit")]
    Task<bool> RegisterWithinLimitAsync(ResourceSummary summary, int limit);

    /// <summary>Replaces the summary of a registered resource; false (and nothing stored) when it is not registered, so a late update cannot resurrect a deleted resource.</summary>
    [Alias("Update")]
    Task<bool> UpdateAsync(ResourceSummary summary);

    /// <summary>Removes the resource; unknown ids are ignored.</summary>
    [Alias("Unregister")]
    Task UnregisterAsync(ResourceKind kind, string id);

    /// <summary>Adds or replaces many summaries in one write (a what-if scenario's copy of a VPC's entries).</summary>
    [Alias("RegisterMany")]
    Task RegisterManyAsync(ImmutableArray<ResourceSummary> summaries);

    /// <summary>Removes every summary and the directory's stored records (a what-if scenario's directory, when the scenario goes).</summary>
    [Alias("Clear")]
    Task ClearAsync();

    [Alias("List"), ReadOnly, AlwaysInterleave]
    Task<ResourcePage> ListAsync(ResourceQuery query);

    /// <summary>How many resources of each kind the tenant has (kinds with none are absent), for quotas.</summary>
    [Alias("GetCounts"), ReadOnly, AlwaysInterleave]
    Task<ImmutableDictionary<ResourceKind, int>> GetCountsAsync();
}
