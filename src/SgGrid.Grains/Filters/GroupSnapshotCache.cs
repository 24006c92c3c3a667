using System.Collections.Concurrent;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.Filters;

/// <summary>
/// The newest snapshot of each group seen on this silo. A group's change reaches each silo once (its
/// <c>SiloGroupCacheGrain</c> stores it here) and every local member reads and shares that one immutable instance
/// (docs/fan-out.md). Snapshots are cached by grain key: a what-if scenario's copy of a group (same id, its own versions)
/// never mixes with production's.
/// </summary>
public sealed class GroupSnapshotCache(IGrainFactory grainFactory)
{
    private readonly ConcurrentDictionary<string, GroupSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<GroupSnapshot?>> _fetches = new(StringComparer.Ordinal);

    public int Count => _snapshots.Count;

    /// <summary>A snapshot of <paramref name="groupId"/> in <paramref name="scope"/> at <paramref name="minimumVersion"/> or newer; null when the group is gone.</summary>
    public async Task<GroupSnapshot?> GetAsync(string? scope, string groupId, long minimumVersion)
    {
        var key = GrainScope.Key(groupId, scope);
        if (_snapshots.TryGetValue(key, out var cached) && cached.Version >= minimumVersion)
        {
            return cached;
        }

        // One fetch per group at a time per silo; concurrent members wait on it, then re-check the version.
        while (true)
        {
            var fetch = _fetches.GetOrAdd(key, FetchAsync);
            var snapshot = await fetch.ConfigureAwait(false);
            _fetches.TryRemove(new KeyValuePair<string, Task<GroupSnapshot?>>(key, fetch));
            if (snapshot is null || snapshot.Version >= minimumVersion)
            {
                return snapshot;
            }
        }
    }

    /// <summary>The cached snapshot of <paramref name="groupId"/> in <paramref name="scope"/> when it is newer than <paramref name="version"/>.</summary>
    public bool TryGetNewer(string? scope, string groupId, long version, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GroupSnapshot? snapshot)
    {
        if (_snapshots.TryGetValue(GrainScope.Key(groupId, scope), out var cached) && cached.Version > version)
        {
            snapshot = cached;
            return true;
        }

        snapshot = null;
        return false;
    }

    /// <summary>Stores a snapshot of a group in <paramref name="scope"/> if it is newer than the cached one; returns the instance to use.</summary>
    public GroupSnapshot Offer(string? scope, GroupSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Store(GrainScope.Key(snapshot.GroupId, scope), snapshot);
    }

    private GroupSnapshot Store(string key, GroupSnapshot snapshot) =>
        _snapshots.AddOrUpdate(key, snapshot, (_, existing) => existing.Version >= snapshot.Version ? existing : snapshot);

    /// <summary>Asks the group itself; <paramref name="key"/> is its grain key (scoped or not), so the root factory is right.</summary>
    private async Task<GroupSnapshot?> FetchAsync(string key)
    {
        var snapshot = await grainFactory.GetCachedGrain<ISecurityGroupGrain>(key).GetSnapshotAsync().ConfigureAwait(false);
        return snapshot is null ? null : Store(key, snapshot);
    }
}
