using SgGrid.Domain.Compilation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Evaluation;

/// <summary>Decides connections between ENIs, or between an ENI and an external address (decision D13).</summary>
public static class ConnectionEvaluator
{
    /// <summary>Evaluates with compiled filters; a null filter is an external end. Allocates nothing.</summary>
    /// <param name="flow">The connection, initiator first.</param>
    /// <param name="sourceEgress">The egress filter of the initiating ENI, or null when the source is external.</param>
    /// <param name="destinationIngress">The ingress filter of the responding ENI, or null when the destination is external.</param>
    public static ConnectionVerdict Evaluate(in Flow flow, CompiledFilter? sourceEgress, CompiledFilter? destinationIngress)
    {
        if (sourceEgress is not null && sourceEgress.Direction != Direction.Egress)
        {
            throw new ArgumentException("The source side needs an egress filter.", nameof(sourceEgress));
        }

        if (destinationIngress is not null && destinationIngress.Direction != Direction.Ingress)
        {
            throw new ArgumentException("The destination side needs an ingress filter.", nameof(destinationIngress));
        }

        var source = sourceEgress is null ? SideVerdict.External : new SideVerdict(true, sourceEgress.Evaluate(flow));
        var destination = destinationIngress is null ? SideVerdict.External : new SideVerdict(true, destinationIngress.Evaluate(flow));
        return new ConnectionVerdict(source, destination);
    }

    /// <summary>Evaluates with the reference evaluator on policies; a null policy is an external end.</summary>
    public static ConnectionVerdict EvaluateReference(in Flow flow, DirectionalPolicy? sourceEgress, DirectionalPolicy? destinationIngress)
    {
        var source = sourceEgress is null ? SideVerdict.External : new SideVerdict(true, ReferenceEvaluator.Evaluate(sourceEgress, flow));
        var destination = destinationIngress is null ? SideVerdict.External : new SideVerdict(true, ReferenceEvaluator.Evaluate(destinationIngress, flow));
        return new ConnectionVerdict(source, destination);
    }

    /// <summary>The throughput path: a batch of connections between one source filter and one destination filter.</summary>
    public static void Evaluate(ReadOnlySpan<Flow> flows, CompiledFilter? sourceEgress, CompiledFilter? destinationIngress, Span<ConnectionVerdict> verdicts)
    {
        if (verdicts.Length < flows.Length)
        {
            throw new ArgumentException("The verdict span is shorter than the flow span.", nameof(verdicts));
        }

        for (var i = 0; i < flows.Length; i++)
        {
            verdicts[i] = Evaluate(flows[i], sourceEgress, destinationIngress);
        }
    }
}
