using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.Scenarios;

/// <summary>The snapshots of many groups, asked with bounded concurrency; a group that does not exist is left out.</summary>
internal static class GroupSnapshots
{
    private const int Concurrency = 64;

    public static async Task<Dictionary<string, GroupSnapshot>> FetchAsync(IGrainFactory grains, IReadOnlyList<string> groupIds)
    {
        var fetched = await BoundedConcurrency.SelectAsync(groupIds, Concurrency, id => grains.GetGrain<ISecurityGroupGrain>(id).GetSnapshotAsync());
        var snapshots = new Dictionary<string, GroupSnapshot>(StringComparer.Ordinal);
        for (var i = 0; i < groupIds.Count; i++)
        {
            if (fetched[i] is { } snapshot)
            {
                snapshots[groupIds[i]] = snapshot;
            }
        }

        return snapshots;
    }
}
