namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>Records of one <see cref="BreakageKey"/>: totals and the distinct deciding rules on each side (the first few).</summary>
public sealed class BreakageGroup
{
    public const int MaxRulesPerSide = 4;

    private readonly List<RuleKey> _production = [];
    private readonly List<RuleKey> _scenario = [];

    public TrafficTotals Totals { get; } = new();

    public IReadOnlyList<RuleKey> ProductionRules => _production;

    public IReadOnlyList<RuleKey> ScenarioRules => _scenario;

    public void Add(in FlowLogRecord record, in RuleKey production, in RuleKey scenario)
    {
        Totals.Add(record);
        Remember(_production, production);
        Remember(_scenario, scenario);
    }

    private static void Remember(List<RuleKey> rules, RuleKey rule)
    {
        if (rules.Count < MaxRulesPerSide && !rules.Contains(rule))
        {
            rules.Add(rule);
        }
    }
}
