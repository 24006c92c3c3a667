using SgGrid.Grains.Abstractions.FanOut;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Filters;

namespace SgGrid.Grains.FanOut;

/// <summary>
/// The silo's receiver of group changes (docs/fan-out.md): it stores the snapshot in the silo's
/// <see cref="GroupSnapshotCache"/>, where every member ENI activated on this silo reads its groups' newest snapshots before it
/// evaluates, counts its rule weight or reports its applied versions. No member is called.
/// </summary>
[SiloBoundPlacement]
internal sealed class SiloGroupCacheGrain(GroupSnapshotCache snapshots) : Grain, ISiloGroupCacheGrain
{
    public Task ApplyAsync(string? scope, GroupSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        snapshots.Offer(scope, snapshot);
        return Task.CompletedTask;
    }
}
