using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.LoadTests.Flows;

/// <summary>
/// One batch of the workload: sent to <see cref="Target"/>, which evaluates <see cref="LocalDirection"/> while
/// <see cref="Peer"/> (null: an external end) evaluates the other side; <see cref="ExpectedAllowed"/> is what the reference
/// evaluator says (-1 when not computed).
/// </summary>
internal sealed record RoutedBatch(string Target, int TargetSilo, Direction LocalDirection, string? Peer, FlowBatch Batch)
{
    public int ExpectedAllowed { get; set; } = -1;

    public int Count => Batch.Count;

    /// <summary>The ENI id evaluating the source's egress (null: external source).</summary>
    public string? SourceEni => LocalDirection == Direction.Egress ? Target : Peer;

    /// <summary>The ENI id evaluating the destination's ingress (null: external destination).</summary>
    public string? DestinationEni => LocalDirection == Direction.Ingress ? Target : Peer;
}
