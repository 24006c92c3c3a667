using System.Collections.Immutable;

namespace SgGrid.Grains.Abstractions.Regions;

/// <summary>
/// Where an ImportRegion job stands: <see cref="Status"/> <c>Running</c>, <c>Succeeded</c> or <c>Failed</c>; the phase
/// it is in; resources loaded, found already there (identical: an import is idempotent) and in all.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.RegionImportJobStatus")]
public sealed record RegionImportJobStatus
{
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";

    /// <summary>The most problems a job keeps.</summary>
    public const int MaxProblems = 100;

    [Id(0)] public required string JobId { get; init; }
    [Id(1)] public string Status { get; init; } = Running;

    /// <summary><c>Checking</c>, <c>Vpcs</c>, <c>VSwitches</c>, <c>PrefixLists</c>, <c>SecurityGroups</c>, <c>Rules</c>, <c>Memberships</c>, <c>NetworkInterfaces</c>, <c>Instances</c>, <c>Converging</c>, <c>Done</c>.</summary>
    [Id(2)] public string Phase { get; init; } = "Checking";
    [Id(3)] public int TotalResources { get; init; }
    [Id(4)] public int LoadedResources { get; init; }
    [Id(5)] public int UnchangedResources { get; init; }
    [Id(6)] public int TotalRules { get; init; }
    [Id(7)] public ImmutableArray<RegionImportProblem> Problems { get; init; } = [];
    [Id(8)] public DateTimeOffset StartTime { get; init; }
    [Id(9)] public DateTimeOffset? FinishTime { get; init; }

    /// <summary>When the job last reported; a running job silent for long was interrupted (its process stopped).</summary>
    [Id(10)] public DateTimeOffset UpdateTime { get; init; }

    /// <summary>The snapshot's size in bytes.</summary>
    [Id(11)] public long SnapshotBytes { get; init; }

    public bool IsRunning => Status == Running;
}
