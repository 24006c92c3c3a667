using SgGrid.Domain.FlowLogs;

namespace SgGrid.Api.Replay.Responses;

/// <summary>
/// ReplayFlowLogs' answer (docs/flow-logs.md, "The answer"): the job, the counters, the first malformed records and unknown
/// ENIs, each asked world's verdicts, drift (with production), breakage (with both), and per-record verdicts when asked.
/// </summary>
public sealed record ReplayAnswer(string JobId, string Format, string Against, ReplayCounters Counters,
    ReplayAnswer.ProblemList MalformedRecords, ReplayAnswer.IdList UnknownNetworkInterfaces)
{
    public string? ScenarioId { get; init; }
    public WorldVerdicts? Production { get; init; }
    public WorldVerdicts? Scenario { get; init; }
    public DriftAnswer? Drift { get; init; }
    public BreakageAnswer? Breakage { get; init; }
    public VerdictList? Records { get; init; }

    /// <summary>True when more records were decided than <c>Records</c> lists.</summary>
    public bool? RecordsTruncated { get; init; }

    public sealed record ProblemList(IReadOnlyList<FlowLogProblem> MalformedRecord);

    public sealed record IdList(IReadOnlyList<string> NetworkInterfaceId);

    public sealed record VerdictList(IReadOnlyList<RecordVerdictAnswer> Record);
}
