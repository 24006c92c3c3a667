namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>Records, packets and bytes counted together.</summary>
public sealed class TrafficTotals
{
    public long Records { get; private set; }
    public long Packets { get; private set; }
    public long Bytes { get; private set; }

    public void Add(in FlowLogRecord record)
    {
        Records++;
        Packets += record.Packets;
        Bytes += record.Bytes;
    }

    public void Add(TrafficTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Records += other.Records;
        Packets += other.Packets;
        Bytes += other.Bytes;
    }
}
