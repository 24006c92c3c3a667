using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Analysis;

/// <summary>Wire form of the domain's <c>ProtocolPlane</c>: one protocol's grid of decisions over (source port, destination port).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.ProtocolPlaneView")]
public sealed record ProtocolPlaneView(
    [property: Id(0)] byte Number,
    [property: Id(1)] bool IsOther,
    [property: Id(2)] ushort[] SourceStarts,
    [property: Id(3)] ushort[] DestinationStarts,
    [property: Id(4)] FilterDecision[] Cells);
