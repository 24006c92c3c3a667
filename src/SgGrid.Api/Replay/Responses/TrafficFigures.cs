using SgGrid.Domain.FlowLogs.Replay;

namespace SgGrid.Api.Replay.Responses;

/// <summary>Records, and the packets and bytes they carried.</summary>
public sealed record TrafficFigures(long Records, long Packets, long Bytes)
{
    public static TrafficFigures From(TrafficTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return new(totals.Records, totals.Packets, totals.Bytes);
    }
}
