using System.Runtime.InteropServices;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>
/// Flows for the throughput path, as the domain's <see cref="Ipv4Flow"/>s in one byte block (16 bytes a flow, blittable):
/// the serializer copies it as a blob, and a co-hosted call passes it by reference (it is immutable once built).
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.FlowBatch")]
public sealed record FlowBatch
{
    /// <summary>The packed flows; never changed after the batch is built.</summary>
    [Id(0)] public required byte[] Bytes { get; init; }

    public int Count => Bytes.Length / 16;

    /// <summary>The flows, read in place, as the batch evaluator takes them.</summary>
    public ReadOnlySpan<Ipv4Flow> Ipv4Flows => MemoryMarshal.Cast<byte, Ipv4Flow>(Bytes);

    public static FlowBatch Of(ReadOnlySpan<Ipv4Flow> flows) => new() { Bytes = MemoryMarshal.AsBytes(flows).ToArray() };
}
