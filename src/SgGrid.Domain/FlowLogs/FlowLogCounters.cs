namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// What reading a flow log met besides records: lines skipped by <c>log-status</c>, malformed records (the first
/// <see cref="MaxProblems"/> kept with their lines), ports ignored on protocols without ports.
/// </summary>
public sealed class FlowLogCounters
{
    /// <summary>Malformed records kept with their line and reason; the rest are only counted.</summary>
    public const int MaxProblems = 100;

    private readonly List<FlowLogProblem> _problems = [];

    /// <summary>Records read with a flow to decide.</summary>
    public long Records { get; internal set; }

    /// <summary>Records with <c>log-status</c> NODATA (skipped).</summary>
    public long NoData { get; internal set; }

    /// <summary>Records with <c>log-status</c> SKIPDATA (skipped).</summary>
    public long SkipData { get; internal set; }

    /// <summary>Records that could not be read (skipped).</summary>
    public long Malformed { get; internal set; }

    /// <summary>Records of a protocol without ports that carried a non-zero port: decided with the ports ignored.</summary>
    public long PortsIgnored { get; internal set; }

    /// <summary>The first <see cref="MaxProblems"/> malformed records, in order.</summary>
    public IReadOnlyList<FlowLogProblem> Problems => _problems;

    /// <summary>A record cut short by the end of its input: malformed, at <paramref name="line"/>.</summary>
    public void AddTruncated(long line, string reason) => AddMalformed(line, reason);

    internal void AddMalformed(long line, string reason)
    {
        Malformed++;
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(new FlowLogProblem(line, reason));
        }
    }
}
