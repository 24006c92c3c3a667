using SgGrid.Domain.FlowLogs.Replay;

namespace SgGrid.Api.Replay.Responses;

/// <summary>One world's verdicts: totals allowed and denied, and per deciding rule (most packets first, the first N).</summary>
public sealed record WorldVerdicts(TrafficFigures Allowed, TrafficFigures Denied, WorldVerdicts.RuleList Rules, int RuleCount)
{
    public static WorldVerdicts From(WorldTally tally, int maxListed)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var rules = tally.Rules
            .OrderByDescending(r => r.Value.Packets).ThenByDescending(r => r.Value.Records).ThenBy(r => r.Key.Decision.SecurityGroupRuleId, StringComparer.Ordinal)
            .Take(maxListed)
            .Select(r => RuleFigure.From(r.Key, r.Value));
        return new WorldVerdicts(TrafficFigures.From(tally.Allowed), TrafficFigures.From(tally.Denied), new RuleList([.. rules]), tally.Rules.Count);
    }

    public sealed record RuleList(IReadOnlyList<RuleFigure> Rule);
}
