using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>
/// Many connections in one compact message: flows plus, per flow, the index of its source and destination ENI in
/// <see cref="NetworkInterfaceIds"/> (-1 for an external end).
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.ConnectionBatch")]
public sealed record ConnectionBatch
{
    [Id(0)] public required string[] NetworkInterfaceIds { get; init; }
    [Id(1)] public required int[] SourceIndexes { get; init; }
    [Id(2)] public required int[] DestinationIndexes { get; init; }
    [Id(3)] public required Flow[] Flows { get; init; }
}
