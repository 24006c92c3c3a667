using System.Collections.Immutable;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Analysis;
using SgGrid.Grains.Filters;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>
/// An ENI's rule hits. Counting is an array increment per decision, indexed like the current filter's rules (the activation
/// is single-threaded, so no interlocking); when the filter changes the counts are folded into totals by (group, rule,
/// direction), which survive filter rebuilds and — persisted by the grain — deactivation.
/// </summary>
internal sealed class RuleHitCounter
{
    private readonly Dictionary<(string GroupId, string RuleId, Direction Direction), long> _totals = [];
    private NetworkInterfaceFilter? _filter;
    private long[] _ingress = [];
    private long[] _egress = [];

    /// <summary>Whether counts changed since <see cref="Export"/>.</summary>
    public bool Dirty { get; private set; }

    public void Count(NetworkInterfaceFilter filter, Direction direction, FilterDecision decision)
    {
        var hits = HitsFor(filter, direction);
        if (decision.Reason == DecisionReason.Rule)
        {
            hits[decision.Index]++;
            Dirty = true;
        }
    }

    public void Count(NetworkInterfaceFilter filter, Direction direction, ReadOnlySpan<FilterDecision> decisions)
    {
        var hits = HitsFor(filter, direction);
        foreach (var decision in decisions)
        {
            if (decision.Reason == DecisionReason.Rule)
            {
                hits[decision.Index]++;
                Dirty = true;
            }
        }
    }

    /// <summary>Adds hits counted elsewhere to a rule's total.</summary>
    public void Add(string groupId, string ruleId, Direction direction, long hits)
    {
        if (hits > 0)
        {
            var key = (groupId, ruleId, direction);
            _totals[key] = _totals.GetValueOrDefault(key) + hits;
            Dirty = true;
        }
    }

    /// <summary>The hit counts of <paramref name="groupId"/>'s rules (non-zero ones).</summary>
    public ImmutableArray<RuleHitCount> For(string groupId)
    {
        Fold();
        return [.. _totals.Where(t => t.Key.GroupId == groupId && t.Value > 0).Select(t => new RuleHitCount(t.Key.RuleId, t.Key.Direction, t.Value))];
    }

    /// <summary>Drops the counts of <paramref name="groupId"/>'s rules; true when there were any.</summary>
    public bool Reset(string groupId)
    {
        Fold();
        var keys = _totals.Keys.Where(k => k.GroupId == groupId).ToArray();
        foreach (var key in keys)
        {
            _totals.Remove(key);
        }

        Dirty |= keys.Length > 0;
        return keys.Length > 0;
    }

    /// <summary>The totals as <c>"group|rule|i|e"</c> → hits, for the grain's state.</summary>
    public Dictionary<string, long> Export()
    {
        Fold();
        Dirty = false;
        return _totals.ToDictionary(t => $"{t.Key.GroupId}|{t.Key.RuleId}|{(t.Key.Direction == Direction.Ingress ? 'i' : 'e')}", t => t.Value, StringComparer.Ordinal);
    }

    public void Import(Dictionary<string, long>? totals)
    {
        foreach (var (key, value) in totals ?? [])
        {
            var parts = key.Split('|');
            if (parts.Length == 3)
            {
                _totals[(parts[0], parts[1], parts[2] == "i" ? Direction.Ingress : Direction.Egress)] = value;
            }
        }
    }

    private long[] HitsFor(NetworkInterfaceFilter filter, Direction direction)
    {
        if (!ReferenceEquals(filter, _filter))
        {
            Fold();
            _filter = filter;
            _ingress = new long[filter.Policy.Ingress.Rules.Length];
            _egress = new long[filter.Policy.Egress.Rules.Length];
        }

        return direction == Direction.Ingress ? _ingress : _egress;
    }

    /// <summary>Moves the current filter's array counts into the totals.</summary>
    private void Fold()
    {
        if (_filter is null)
        {
            return;
        }

        Add(_filter.Policy.Ingress, _ingress);
        Add(_filter.Policy.Egress, _egress);

        void Add(DirectionalPolicy policy, long[] hits)
        {
            for (var i = 0; i < hits.Length; i++)
            {
                if (hits[i] > 0)
                {
                    var rule = policy.Rules[i];
                    var key = (rule.GroupId, rule.Rule.RuleId, policy.Direction);
                    _totals[key] = _totals.GetValueOrDefault(key) + hits[i];
                    hits[i] = 0;
                }
            }
        }
    }
}
