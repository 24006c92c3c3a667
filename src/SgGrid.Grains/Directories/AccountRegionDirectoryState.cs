using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Persistence;

namespace SgGrid.Grains.Directories;

/// <summary>
/// A tenant directory's own persisted state: the index of the partitions that hold its summaries (docs/scale.md). Its
/// size grows by one bound per ~48 KB partition, never per resource.
/// </summary>
[GenerateSerializer, Alias("sggrid.AccountRegionDirectoryState")]
public sealed class AccountRegionDirectoryState
{
    /// <summary>Summaries stored inline by earlier versions; moved into the partitions on activation and left empty.</summary>
    [Id(0)] public Dictionary<string, ResourceSummary> Resources { get; set; } = [];

    /// <summary>The partitions of the summaries, by resource id.</summary>
    [Id(1)] public PartitionedMapIndex Summaries { get; set; } = new();
}
