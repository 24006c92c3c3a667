using System.Runtime.InteropServices;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.FlowLogs.Replay;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Replay.Deciding;

/// <summary>
/// Decides windows of flow-log records: groups them by ENI, sends each ENI's records in one call per asked world (production,
/// the scenario's copy, or both at once), and feeds every record's decisions to the <see cref="FlowLogReplayAggregate"/>, the
/// production rule hits to the <see cref="RuleHitTally"/> and, when asked, the first records' verdicts to <see cref="Verdicts"/>.
/// </summary>
/// <remarks>One window at a time: the reader reads the next while this one is decided, never two decided at once.</remarks>
public sealed class ReplayWindowDecider(
    ResourceOwner owner, IGrainFactory production, IGrainFactory? scenario, ReplayWorlds worlds, int maxVerdicts)
{
    private readonly Dictionary<SideExplanation, DecisionExplanation> _explanations = [];

    public FlowLogReplayAggregate Aggregate { get; } = new();

    public RuleHitTally Hits { get; } = new();

    /// <summary>The first <c>maxVerdicts</c> records' verdicts, in order.</summary>
    public List<RecordVerdict> Verdicts { get; } = [];

    /// <summary>Records decided (in at least one world).</summary>
    public long Decided { get; private set; }

    public async Task DecideAsync(List<FlowLogRecord> window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var work = new Dictionary<string, NetworkInterfaceWork>(StringComparer.Ordinal);
        for (var i = 0; i < window.Count; i++)
        {
            var id = window[i].NetworkInterfaceId;
            if (!work.TryGetValue(id, out var w))
            {
                work[id] = w = new NetworkInterfaceWork();
            }

            w.Add(i, window[i]);
        }

        var calls = work.Select(async entry =>
        {
            var batch = entry.Value.Batch();
            var p = worlds != ReplayWorlds.Scenario ? production.GetGrain<INetworkInterfaceGrain>(entry.Key).DecideRecordsAsync(owner, batch) : null;
            var s = worlds != ReplayWorlds.Production ? scenario!.GetGrain<INetworkInterfaceGrain>(entry.Key).DecideRecordsAsync(owner, batch) : null;
            return (Id: entry.Key, Work: entry.Value, Production: p is null ? null : await p, Scenario: s is null ? null : await s);
        }).ToArray();
        var decided = await Task.WhenAll(calls);

        // Per record: (production, scenario) decisions, in window order so answers and examples follow the log.
        var productionOf = new DecisionExplanation?[window.Count];
        var scenarioOf = new DecisionExplanation?[window.Count];
        var unknown = new bool[window.Count];
        foreach (var (id, w, p, s) in decided)
        {
            if ((p is not null && !p.Found) || (s is not null && !s.Found))
            {
                foreach (var index in w.AllIndexes())
                {
                    unknown[index] = true;
                }

                continue;
            }

            if (p is not null)
            {
                Spread(w, p, productionOf, id);
            }

            if (s is not null)
            {
                Spread(w, s, scenarioOf, null);
            }
        }

        for (var i = 0; i < window.Count; i++)
        {
            var record = window[i];
            if (unknown[i])
            {
                Aggregate.AddUnknown(record);
            }
            else
            {
                Aggregate.Add(record, productionOf[i], scenarioOf[i]);
                Decided++;
            }

            if (Verdicts.Count < maxVerdicts)
            {
                Verdicts.Add(new RecordVerdict(record, productionOf[i], scenarioOf[i]));
            }
        }
    }

    /// <summary>Puts each decision of <paramref name="decisions"/> at its record's place; counts production's rule hits.</summary>
    private void Spread(NetworkInterfaceWork work, RecordDecisions decisions, DecisionExplanation?[] into, string? hitsOf)
    {
        var ingress = Explanations(decisions.IngressExplanations);
        var egress = Explanations(decisions.EgressExplanations);
        Place(work.Ingress, decisions.Ingress, ingress, Direction.Ingress);
        Place(work.Egress, decisions.Egress, egress, Direction.Egress);
        Place(work.Ipv6IngressIndexes, decisions.Ipv6Ingress, ingress, Direction.Ingress);
        Place(work.Ipv6EgressIndexes, decisions.Ipv6Egress, egress, Direction.Egress);

        void Place(List<int> indexes, byte[] packed, Dictionary<uint, DecisionExplanation> explained, Direction direction)
        {
            var words = RecordDecisions.Words(packed);
            for (var k = 0; k < indexes.Count; k++)
            {
                var explanation = explained[words[k]];
                into[indexes[k]] = explanation;
                if (hitsOf is not null && explanation.Reason == DecisionReason.Rule)
                {
                    Hits.Add(hitsOf, explanation.SecurityGroupId!, explanation.SecurityGroupRuleId!, direction);
                }
            }
        }
    }

    private Dictionary<uint, DecisionExplanation> Explanations(IEnumerable<SideExplanation> sides)
    {
        var byWord = new Dictionary<uint, DecisionExplanation>();
        foreach (var side in sides)
        {
            if (!_explanations.TryGetValue(side, out var explanation))
            {
                // Kept across windows so one rule is one DecisionExplanation (cheap equality in the aggregate's keys).
                explanation = new DecisionExplanation(side.Allowed, side.Reason, side.SecurityGroupId)
                {
                    SecurityGroupRuleId = side.SecurityGroupRuleId,
                    Priority = side.Priority,
                    Policy = side.Policy,
                    PlatformRuleName = side.PlatformRuleName,
                };
                if (_explanations.Count < 1_000_000)
                {
                    _explanations[side] = explanation;
                }
            }

            byWord[PackedDecision.Pack(side.Decision)] = explanation;
        }

        return byWord;
    }

    /// <summary>One ENI's records of a window, split by side and family, with their places in the window.</summary>
    private sealed class NetworkInterfaceWork
    {
        private readonly List<Ipv4Flow> _ingress = [];
        private readonly List<Ipv4Flow> _egress = [];
        private readonly List<Flow> _ipv6Ingress = [];
        private readonly List<Flow> _ipv6Egress = [];

        public List<int> Ingress { get; } = [];
        public List<int> Egress { get; } = [];
        public List<int> Ipv6IngressIndexes { get; } = [];
        public List<int> Ipv6EgressIndexes { get; } = [];

        public void Add(int index, in FlowLogRecord record)
        {
            var ingress = record.Direction == Direction.Ingress;
            if (record.Flow.Family == IpFamily.IPv4)
            {
                (ingress ? _ingress : _egress).Add(Ipv4Flow.From(record.Flow));
                (ingress ? Ingress : Egress).Add(index);
            }
            else
            {
                (ingress ? _ipv6Ingress : _ipv6Egress).Add(record.Flow);
                (ingress ? Ipv6IngressIndexes : Ipv6EgressIndexes).Add(index);
            }
        }

        public IEnumerable<int> AllIndexes() => Ingress.Concat(Egress).Concat(Ipv6IngressIndexes).Concat(Ipv6EgressIndexes);

        public RecordBatch Batch() => new()
        {
            Ingress = FlowBatch.Of(CollectionsMarshal.AsSpan(_ingress)),
            Egress = FlowBatch.Of(CollectionsMarshal.AsSpan(_egress)),
            Ipv6Ingress = [.. _ipv6Ingress],
            Ipv6Egress = [.. _ipv6Egress],
        };
    }
}
