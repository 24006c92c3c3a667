namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>Records of one <see cref="DriftKey"/>: their totals and the first <see cref="MaxExamples"/> records as examples.</summary>
public sealed class DriftGroup
{
    public const int MaxExamples = 3;

    private readonly List<FlowLogRecord> _examples = [];

    public TrafficTotals Totals { get; } = new();

    public IReadOnlyList<FlowLogRecord> Examples => _examples;

    public void Add(in FlowLogRecord record)
    {
        Totals.Add(record);
        if (_examples.Count < MaxExamples)
        {
            _examples.Add(record);
        }
    }
}
