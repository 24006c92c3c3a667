using Orleans.Concurrency;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.Abstractions.FanOut;

/// <summary>
/// One silo's receiver of group changes, keyed by the silo's address (<c>SiloAddress.ToParsableString()</c>) and always
/// activated on that silo. A group tells each silo once per change; the silo's members read the new snapshot from the
/// silo's cache in memory, so a change costs O(silos) messages, not O(members) (docs/fan-out.md).
/// </summary>
[Alias("sggrid.ISiloGroupCacheGrain")]
public interface ISiloGroupCacheGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores <paramref name="snapshot"/> of a group of <paramref name="scope"/> (null: production) in this silo's cache if it
    /// is newer than the one held; when the call returns, every member activated on this silo serves it or newer.
    /// </summary>
    [Alias("Apply"), AlwaysInterleave]
    Task ApplyAsync(string? scope, GroupSnapshot snapshot);
}
