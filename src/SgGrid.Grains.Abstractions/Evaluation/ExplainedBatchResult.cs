namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>The decisions of a <see cref="ConnectionBatch"/> explained, in flow order; null for an external side (not evaluated).</summary>
/// <remarks>Flows decided alike share one explanation object, so a large batch carries few distinct explanations.</remarks>
[GenerateSerializer, Immutable, Alias("sggrid.ExplainedBatchResult")]
public sealed record ExplainedBatchResult
{
    [Id(0)] public required SideExplanation?[] Source { get; init; }
    [Id(1)] public required SideExplanation?[] Destination { get; init; }

    public bool Allowed(int index) => (Source[index]?.Allowed ?? true) && (Destination[index]?.Allowed ?? true);
}
