namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>One world's verdicts on the replayed records (production or a scenario): totals by verdict and by deciding rule.</summary>
public sealed class WorldTally
{
    /// <summary>Distinct deciding rules kept; further ones are counted in <see cref="OtherRules"/>.</summary>
    public const int MaxRules = 100_000;

    private readonly Dictionary<RuleKey, TrafficTotals> _rules = [];

    public TrafficTotals Allowed { get; } = new();
    public TrafficTotals Denied { get; } = new();

    /// <summary>Records decided by rules beyond <see cref="MaxRules"/> distinct ones.</summary>
    public TrafficTotals OtherRules { get; } = new();

    public IReadOnlyDictionary<RuleKey, TrafficTotals> Rules => _rules;

    public void Add(in FlowLogRecord record, in RuleKey decision)
    {
        (decision.Decision.Allowed ? Allowed : Denied).Add(record);
        if (!_rules.TryGetValue(decision, out var totals))
        {
            if (_rules.Count >= MaxRules)
            {
                OtherRules.Add(record);
                return;
            }

            _rules[decision] = totals = new TrafficTotals();
        }

        totals.Add(record);
    }
}
