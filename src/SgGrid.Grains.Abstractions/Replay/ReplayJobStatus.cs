namespace SgGrid.Grains.Abstractions.Replay;

/// <summary>
/// Where a ReplayFlowLogs job stands: <see cref="Status"/> <c>Running</c>, <c>Succeeded</c> or <c>Failed</c>, bytes and records
/// read so far, and — once it has ended — its answer (<see cref="Answer"/>, the JSON ReplayFlowLogs answered, bounded by the
/// answer's own limits) or why it failed.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.ReplayJobStatus")]
public sealed record ReplayJobStatus
{
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";

    [Id(0)] public required string JobId { get; init; }
    [Id(1)] public string Status { get; init; } = Running;
    [Id(2)] public long BytesRead { get; init; }
    [Id(3)] public long RecordsRead { get; init; }
    [Id(4)] public long RecordsDecided { get; init; }
    [Id(5)] public DateTimeOffset StartTime { get; init; }
    [Id(6)] public DateTimeOffset UpdateTime { get; init; }
    [Id(7)] public DateTimeOffset? FinishTime { get; init; }

    /// <summary>The answer's JSON once succeeded, else null.</summary>
    [Id(8)] public string? Answer { get; init; }

    /// <summary>The error code and message of a failed job.</summary>
    [Id(9)] public string? ErrorCode { get; init; }
    [Id(10)] public string? ErrorMessage { get; init; }

    public bool IsRunning => Status == Running;
}
