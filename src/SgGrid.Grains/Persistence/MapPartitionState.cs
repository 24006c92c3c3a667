namespace SgGrid.Grains.Persistence;

/// <summary>The stored state of one partition of a <see cref="PartitionedMap{TValue}"/>: its entries, by key.</summary>
[GenerateSerializer, Alias("sggrid.MapPartitionState`1")]
public sealed class MapPartitionState<TValue>
{
    [Id(0)] public Dictionary<string, TValue> Entries { get; set; } = new(StringComparer.Ordinal);
}
