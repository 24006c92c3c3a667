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
    [Alias("Register")]
    Task RegisterAsync(ResourceSummary summary);

    /// <summary>Replaces the summary of a registered resource; false (and nothing stored) when it is not registered, so a late update cannot resurrect a deleted resource.</summary>
    /// <summary>Registers a new resource only while fewer than <paramref name="limit"/> of its kind exist: an exact per-tenant quota.</summary>
    /// <returns>False (nothing registered) when the quota is reached.</returns>
    [Alias("RegisterWithinLimit")]
    Task<bool> RegisterWithinLimitAsync(ResourceSummary summary, int limit);

    [Alias("Update")]
    Task<bool> UpdateAsync(ResourceSummary summary);

    /// <summary>Removes the resource; unknown ids are ignored.</summary>
    [Alias("Unregister")]
    Task UnregisterAsync(ResourceKind kind, string id);

    [Alias("List"), ReadOnly, AlwaysInterleave]
    Task<ResourcePage> ListAsync(ResourceQuery query);

    /// <summary>How many resources of each kind the tenant has (kinds with none are absent), for quotas.</summary>
    [Alias("GetCounts"), ReadOnly, AlwaysInterleave]
    Task<ImmutableDictionary<ResourceKind, int>> GetCountsAsync();
}
