using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.FlowLogs.Replay;

namespace SgGrid.Api.Replay.Responses;

/// <summary>
/// Drift: records whose recorded action disagrees with production's verdict for the same side, grouped by ENI and deciding
/// rule (most packets first, the first N), with examples.
/// </summary>
public sealed record DriftAnswer(long Records, long Packets, long Bytes, string Note, DriftAnswer.GroupList Groups, int GroupCount, TrafficFigures NotGrouped)
{
    public const string Explanation =
        "Drift means the snapshot or SgGrid's emulation is not the cloud as it was when the traffic was logged: rules changed since, " +
        "or network ACLs (which SgGrid does not model) rejected traffic the security groups accept.";

    public static DriftAnswer From(FlowLogReplayAggregate aggregate, int maxListed)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var groups = aggregate.DriftGroups
            .OrderByDescending(g => g.Value.Totals.Packets).ThenByDescending(g => g.Value.Totals.Records)
            .Take(maxListed)
            .Select(g => new Group(g.Key.NetworkInterfaceId, FlowLogWriter.Action(g.Key.Recorded), RuleFigure.From(g.Key.Decision),
                g.Value.Totals.Records, g.Value.Totals.Packets, g.Value.Totals.Bytes, new ExampleList([.. g.Value.Examples.Select(e => RecordExample.From(e))])));
        return new DriftAnswer(aggregate.Drift.Records, aggregate.Drift.Packets, aggregate.Drift.Bytes, Explanation,
            new GroupList([.. groups]), aggregate.DriftGroups.Count, TrafficFigures.From(aggregate.OtherDrift));
    }

    public sealed record Group(string NetworkInterfaceId, string RecordedAction, RuleFigure DecidedBy, long Records, long Packets, long Bytes, ExampleList Examples);

    public sealed record GroupList(IReadOnlyList<Group> Group);

    public sealed record ExampleList(IReadOnlyList<RecordExample> Example);
}
