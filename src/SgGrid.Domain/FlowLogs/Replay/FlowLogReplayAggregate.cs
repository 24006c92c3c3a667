using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>
/// The answer of a replay, built record by record: each world's verdicts by verdict and by deciding rule, drift (records whose
/// recorded action disagrees with production's verdict for the same side), breakage (records production and the scenario
/// decide differently) and the records of ENIs the region does not know.
/// </summary>
/// <remarks>
/// Memory is bounded whatever the log's size: at most <see cref="MaxGroups"/> drift and breakage groups each (later groups
/// are only counted in <see cref="OtherDrift"/> / <see cref="OtherBreakage"/>), <see cref="WorldTally.MaxRules"/> rules per
/// world and <see cref="MaxUnknownListed"/> unknown ENIs listed. Not thread-safe.
/// </remarks>
public sealed class FlowLogReplayAggregate
{
    public const int MaxGroups = 10_000;
    public const int MaxUnknownListed = 100;

    private readonly Dictionary<DriftKey, DriftGroup> _drift = [];
    private readonly Dictionary<BreakageKey, BreakageGroup> _breakage = [];
    private readonly List<string> _unknown = [];
    private readonly HashSet<string> _unknownListed = new(StringComparer.Ordinal);

    /// <summary>Production's verdicts, or null when the replay decides only against a scenario.</summary>
    public WorldTally? Production { get; private set; }

    /// <summary>The scenario's verdicts, or null when the replay decides only against production.</summary>
    public WorldTally? Scenario { get; private set; }

    public TrafficTotals Drift { get; } = new();
    public TrafficTotals OtherDrift { get; } = new();
    public TrafficTotals Broken { get; } = new();
    public TrafficTotals Opened { get; } = new();
    public TrafficTotals OtherBreakage { get; } = new();

    /// <summary>Records whose ENI the region does not know (not decided).</summary>
    public TrafficTotals Unknown { get; } = new();

    public IReadOnlyDictionary<DriftKey, DriftGroup> DriftGroups => _drift;

    public IReadOnlyDictionary<BreakageKey, BreakageGroup> BreakageGroups => _breakage;

    /// <summary>The first <see cref="MaxUnknownListed"/> unknown ENI ids, in the order met.</summary>
    public IReadOnlyList<string> UnknownNetworkInterfaces => _unknown;

    /// <summary>One decided record: production's and the scenario's decision (either may be null when that world is not asked).</summary>
    public void Add(in FlowLogRecord record, DecisionExplanation? production, DecisionExplanation? scenario)
    {
        if (production is null && scenario is null)
        {
            throw new ArgumentException("A record is decided in at least one world.", nameof(production));
        }

        RuleKey? productionRule = production is null ? null : new RuleKey(record.Direction, production);
        RuleKey? scenarioRule = scenario is null ? null : new RuleKey(record.Direction, scenario);
        if (productionRule is { } p)
        {
            (Production ??= new WorldTally()).Add(record, p);
            if (record.Action != FlowLogAction.None && (record.Action == FlowLogAction.Accept) != p.Decision.Allowed)
            {
                Drift.Add(record);
                Group(_drift, new DriftKey(record.NetworkInterfaceId, record.Action, p), OtherDrift, record)?.Add(record);
            }
        }

        if (scenarioRule is { } s)
        {
            (Scenario ??= new WorldTally()).Add(record, s);
            if (productionRule is { } prod && prod.Decision.Allowed != s.Decision.Allowed)
            {
                var broken = prod.Decision.Allowed;
                (broken ? Broken : Opened).Add(record);
                var remote = record.Direction == Rules.Direction.Ingress ? record.Flow.SourceAddress : record.Flow.DestinationAddress;
                var key = new BreakageKey(broken, record.NetworkInterfaceId, record.Direction, remote, record.Flow.Protocol, record.Flow.DestinationPort);
                Group(_breakage, key, OtherBreakage, record)?.Add(record, prod, s);
            }
        }
    }

    /// <summary>A record whose ENI is unknown in the region.</summary>
    public void AddUnknown(in FlowLogRecord record)
    {
        Unknown.Add(record);
        if (_unknown.Count < MaxUnknownListed && _unknownListed.Add(record.NetworkInterfaceId))
        {
            _unknown.Add(record.NetworkInterfaceId);
        }
    }

    /// <summary>The group of <paramref name="key"/>, made when there is room; null (the record counted in <paramref name="other"/>) when not.</summary>
    private static TGroup? Group<TKey, TGroup>(Dictionary<TKey, TGroup> groups, TKey key, TrafficTotals other, in FlowLogRecord record)
        where TKey : notnull
        where TGroup : class, new()
    {
        if (groups.TryGetValue(key, out var group))
        {
            return group;
        }

        if (groups.Count >= MaxGroups)
        {
            other.Add(record);
            return null;
        }

        return groups[key] = new TGroup();
    }
}
