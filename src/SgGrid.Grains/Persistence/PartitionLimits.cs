namespace SgGrid.Grains.Persistence;

/// <summary>
/// Bounds of the partitions of a <see cref="PartitionedMap{TValue}"/> (docs/scale.md): every stored partition stays near
/// <see cref="SplitBytes"/>, far below the 256 KB SgGrid allows any grain state and the ~1 MB an Azure Table entity holds.
/// </summary>
public sealed class PartitionLimits
{
    /// <summary>A partition whose estimated size passes this splits in two (64 KB is the target bound of a partition).</summary>
    public int SplitBytes { get; set; } = 48 * 1024;

    /// <summary>
    /// The most partitions one map may have: the owner's index stays below ~160 KB (one bound per partition), and at
    /// ~200 bytes a directory entry a map holds several hundred thousand entries before refusing new keys.
    /// </summary>
    public int MaxPartitions { get; set; } = 4096;

    /// <summary>A partition smaller than this merges with a neighbour when both fit in half of <see cref="SplitBytes"/>.</summary>
    public int MergeBytes => SplitBytes / 4;
}
