namespace SgGrid.Grains.Persistence;

/// <summary>
/// What an owner grain persists of a <see cref="PartitionedMap{TValue}"/> in its own (small) state: the partitions'
/// key ranges, sorted by lower key, and the next unused partition number. It grows by one bound per partition, never per
/// entry, and the map refuses entries beyond <see cref="PartitionLimits.MaxPartitions"/> (docs/scale.md).
/// </summary>
[GenerateSerializer, Alias("sggrid.PartitionedMapIndex")]
public sealed class PartitionedMapIndex
{
    [Id(0)] public List<MapPartitionBound> Partitions { get; set; } = [];

    /// <summary>Partition numbers are never reused, so a partition left behind by an interrupted write is never mistaken for a live one.</summary>
    [Id(1)] public int NextNumber { get; set; }
}
