using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>The decisions of a <see cref="ConnectionBatch"/>, in flow order; an external side reads as allowed by default.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.ConnectionBatchResult")]
public sealed record ConnectionBatchResult
{
    [Id(0)] public required FilterDecision[] Source { get; init; }
    [Id(1)] public required FilterDecision[] Destination { get; init; }

    public bool Allowed(int index) => Source[index].Allowed && Destination[index].Allowed;
}
