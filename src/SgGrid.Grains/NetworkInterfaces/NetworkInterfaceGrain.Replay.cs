using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Analysis;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>
/// Flow-log replay (ReplayFlowLogs): records of this ENI decided on the side each names, in one call, the owner checked here
/// rather than by a lookup first; rule hits are added afterwards, once the caller verified the upload.
/// </summary>
public sealed partial class NetworkInterfaceGrain
{
    public async Task<RecordDecisions> DecideRecordsAsync(ResourceOwner caller, RecordBatch batch)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(batch);
        if (!State.Exists || State.Owner != caller)
        {
            return RecordDecisions.NotFound;
        }

        var filter = await CurrentFilterAsync();
        if (filter is null)
        {
            return RecordDecisions.NotFound;
        }

        var ingressExplained = new Dictionary<FilterDecision, SideExplanation>();
        var egressExplained = new Dictionary<FilterDecision, SideExplanation>();
        var result = new RecordDecisions
        {
            Found = true,
            Ingress = Decide(filter, Direction.Ingress, batch.Ingress.Ipv4Flows, ingressExplained),
            Egress = Decide(filter, Direction.Egress, batch.Egress.Ipv4Flows, egressExplained),
            Ipv6Ingress = Decide(filter, Direction.Ingress, batch.Ipv6Ingress, ingressExplained),
            Ipv6Egress = Decide(filter, Direction.Egress, batch.Ipv6Egress, egressExplained),
        };
        return result with { IngressExplanations = [.. ingressExplained.Values], EgressExplanations = [.. egressExplained.Values] };
    }

    public async Task AddRuleHitsAsync(ImmutableArray<RuleHitIncrement> hits)
    {
        if (!State.Exists)
        {
            return;
        }

        foreach (var hit in hits)
        {
            // Counts are kept only while the ENI is the group's member (docs/semantics.md, "Rule hits").
            if (State.SecurityGroupIds.Contains(hit.SecurityGroupId))
            {
                _hits.Add(hit.SecurityGroupId, hit.SecurityGroupRuleId, hit.Direction, hit.Hits);
            }
        }

        await SaveRuleHitsAsync();
    }

    private byte[] Decide(Filters.NetworkInterfaceFilter filter, Direction direction, ReadOnlySpan<Ipv4Flow> flows, Dictionary<FilterDecision, SideExplanation> explained)
    {
        if (flows.IsEmpty)
        {
            return [];
        }

        var decisions = ArrayPool<FilterDecision>.Shared.Rent(flows.Length);
        try
        {
            filter.For(direction).Evaluate(flows, decisions);
            return Pack(filter, direction, decisions.AsSpan(0, flows.Length), explained);
        }
        finally
        {
            ArrayPool<FilterDecision>.Shared.Return(decisions);
        }
    }

    private byte[] Decide(Filters.NetworkInterfaceFilter filter, Direction direction, Flow[] flows, Dictionary<FilterDecision, SideExplanation> explained)
    {
        if (flows.Length == 0)
        {
            return [];
        }

        var decisions = new FilterDecision[flows.Length];
        filter.For(direction).Evaluate(flows, decisions);
        return Pack(filter, direction, decisions, explained);
    }

    private byte[] Pack(Filters.NetworkInterfaceFilter filter, Direction direction, ReadOnlySpan<FilterDecision> decisions, Dictionary<FilterDecision, SideExplanation> explained)
    {
        var bytes = new byte[decisions.Length * sizeof(uint)];
        var packed = MemoryMarshal.Cast<byte, uint>(bytes.AsSpan());
        var policy = filter.Policy.For(direction);
        var allowed = 0;
        for (var i = 0; i < decisions.Length; i++)
        {
            var decision = decisions[i];
            packed[i] = PackedDecision.Pack(decision);
            allowed += decision.Allowed ? 1 : 0;
            if (!explained.ContainsKey(decision))
            {
                explained[decision] = SideExplanation.From(decision, policy.Explain(decision), filter.Key);
            }
        }

        instruments.FlowsEvaluated.Add(allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "allow"));
        instruments.FlowsEvaluated.Add(decisions.Length - allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "deny"));
        return bytes;
    }
}
