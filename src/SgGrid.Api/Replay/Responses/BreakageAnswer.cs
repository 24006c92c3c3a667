using SgGrid.Domain.FlowLogs.Replay;

namespace SgGrid.Api.Replay.Responses;

/// <summary>
/// Breakage (with a scenario): records production accepts and the scenario rejects (<c>Broken</c>) and the reverse
/// (<c>Opened</c>), grouped by source, destination, protocol and port, most packets first, with the deciding rules both sides.
/// </summary>
public sealed record BreakageAnswer(TrafficFigures Broken, TrafficFigures Opened, BreakageAnswer.GroupList Groups, int GroupCount, TrafficFigures NotGrouped)
{
    public static BreakageAnswer From(FlowLogReplayAggregate aggregate, int maxListed)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var groups = aggregate.BreakageGroups
            .OrderByDescending(g => g.Value.Totals.Packets).ThenByDescending(g => g.Value.Totals.Records)
            .Take(maxListed)
            .Select(g =>
            {
                var k = g.Key;
                var ingress = k.Direction == Domain.Rules.Direction.Ingress;
                return new Group(k.Broken ? "Broken" : "Opened",
                    ingress ? k.Remote.ToString() : k.NetworkInterfaceId, ingress ? k.NetworkInterfaceId : k.Remote.ToString(),
                    k.Protocol, k.Port, g.Value.Totals.Records, g.Value.Totals.Packets, g.Value.Totals.Bytes,
                    new WorldVerdicts.RuleList([.. g.Value.ProductionRules.Select(r => RuleFigure.From(r))]),
                    new WorldVerdicts.RuleList([.. g.Value.ScenarioRules.Select(r => RuleFigure.From(r))]));
            });
        return new BreakageAnswer(TrafficFigures.From(aggregate.Broken), TrafficFigures.From(aggregate.Opened),
            new GroupList([.. groups]), aggregate.BreakageGroups.Count, TrafficFigures.From(aggregate.OtherBreakage));
    }

    /// <summary>One group: <c>Source</c> → <c>Destination</c> (the logging ENI's id on its side, an address on the other).</summary>
    public sealed record Group(string Kind, string Source, string Destination, int Protocol, int Port, long Records, long Packets, long Bytes,
        WorldVerdicts.RuleList ProductionRules, WorldVerdicts.RuleList ScenarioRules);

    public sealed record GroupList(IReadOnlyList<Group> Group);
}
