using System.Runtime.InteropServices;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>
/// The decisions of a <see cref="FlowBatch"/> in flow order, one <see cref="PackedDecision"/> (4 bytes) per flow and side;
/// an external side reads as allowed by default. <see cref="Allowed"/> counts flows allowed on both sides.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.VerdictBatch")]
public sealed record VerdictBatch
{
    [Id(0)] public required byte[] SourceBytes { get; init; }
    [Id(1)] public required byte[] DestinationBytes { get; init; }
    [Id(2)] public int Allowed { get; init; }

    public int Count => SourceBytes.Length / 4;

    public ReadOnlySpan<uint> Source => MemoryMarshal.Cast<byte, uint>(SourceBytes);

    public ReadOnlySpan<uint> Destination => MemoryMarshal.Cast<byte, uint>(DestinationBytes);
}
