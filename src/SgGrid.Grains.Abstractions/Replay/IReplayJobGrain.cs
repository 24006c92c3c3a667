using Orleans.Concurrency;

namespace SgGrid.Grains.Abstractions.Replay;

/// <summary>
/// The ReplayFlowLogs jobs of one tenant's region (key <c>"{accountId}/{regionId}"</c>, <see cref="ReplayJobs.KeyOf"/>): the
/// last <see cref="MaxJobs"/> are kept, so any silo's endpoint answers DescribeReplayJob while the upload runs and after.
/// </summary>
[Alias("sggrid.IReplayJobGrain")]
public interface IReplayJobGrain : IGrainWithStringKey
{
    public const int MaxJobs = 10;

    /// <summary>A running job that stopped reporting this long ago (its process or its upload died) reads as failed.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>Records the job's status (new, progress or the end).</summary>
    [Alias("Report")]
    Task ReportAsync(ReplayJobStatus job);

    /// <summary>The job, or the newest one when <paramref name="jobId"/> is null; null when there is none.</summary>
    [Alias("Get"), ReadOnly, AlwaysInterleave]
    Task<ReplayJobStatus?> GetAsync(string? jobId);
}
