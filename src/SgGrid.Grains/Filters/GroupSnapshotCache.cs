using System.Collections.Concurrent;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.Filters;

/// <summary>
/// The newest snapshot of each group seen on this silo. A fan-out carries only (group, version); each silo pulls
/// the snapshot once from the group and every local member shares that one immutable instance.
/// </summary>
public sealed class GroupSnapshotCache(IGrainFactory grainFactory)
{
    private readonly ConcurrentDictionary<string, GroupSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<GroupSnapshot?>> _fetches = new(StringComparer.Ordinal);

    public int Count => _snapshots.Count;

    /// <summary>A snapshot of <paramref name="groupId"/> at <paramref name="minimumVersion"/> or newer; null when the group is gone.</summary>
    public async Task<GroupSnapshot?> GetAsync(string groupId, long minimumVersion)
    {
        if (_snapshots.TryGetValue(groupId, out var cached) && cached.Version >= minimumVersion)
        {
            return cached;
        }

        // One fetch per group at a time per silo; concurrent members wait on it, then re-check the version.
        while (true)
        {
            var fetch = _fetches.GetOrAdd(groupId, id => FetchAsync(id));
            var snapshot = await fetch.ConfigureAwait(false);
            _fetches.TryRemove(new KeyValuePair<string, Task<GroupSnapshot?>>(groupId, fetch));
            if (snapshot is null || snapshot.Version >= minimumVersion)
            {
                return snapshot;
            }
        }
    }

    /// <summary>Stores a snapshot if it is newer than the cached one; returns the instance to use.</summary>
    public GroupSnapshot Offer(GroupSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _snapshots.AddOrUpdate(snapshot.GroupId, snapshot, (_, existing) => existing.Version >= snapshot.Version ? existing : snapshot);
    }

    public void Forget(string groupId) => _snapshots.TryRemove(groupId, out _);

    private async Task<GroupSnapshot?> FetchAsync(string groupId)
    {
        var snapshot = await grainFactory.GetCachedGrain<ISecurityGroupGrain>(groupId).GetSnapshotAsync().ConfigureAwait(false);
        return snapshot is null ? null : Offer(snapshot);
    }
}
