namespace SgGrid.Grains.Persistence;

/// <summary>
/// One partition of a <see cref="PartitionedMap{TValue}"/>: its storage number and the lowest key it holds. A partition
/// holds the keys from its <see cref="Lower"/> (inclusive) up to the next partition's (exclusive); the first one's is "".
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.MapPartitionBound")]
public sealed record MapPartitionBound
{
    [Id(0)] public required int Number { get; init; }
    [Id(1)] public required string Lower { get; init; }
}
