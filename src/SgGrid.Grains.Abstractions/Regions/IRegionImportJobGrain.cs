using Orleans.Concurrency;

namespace SgGrid.Grains.Abstractions.Regions;

/// <summary>
/// The ImportRegion jobs of one tenant's region (key <c>"{accountId}/{regionId}"</c>, <see cref="RegionImportJobs.KeyOf"/>): at
/// most one runs at a time; the last <see cref="MaxJobs"/> are kept, so any silo's endpoint answers DescribeRegionImportJob.
/// </summary>
/// <remarks>The job itself runs in the endpoint that accepted the import and reports here; one that stops reporting for
/// <see cref="StaleAfter"/> (its process died) is shown as failed and no longer blocks a new import.</remarks>
[Alias("sggrid.IRegionImportJobGrain")]
public interface IRegionImportJobGrain : IGrainWithStringKey
{
    public const int MaxJobs = 10;

    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>Records a new running job; false (nothing recorded) while another job of the region runs.</summary>
    [Alias("TryStart")]
    Task<bool> TryStartAsync(RegionImportJobStatus job);

    /// <summary>Replaces the job's status (progress, or the end).</summary>
    [Alias("Report")]
    Task ReportAsync(RegionImportJobStatus job);

    /// <summary>The job, or null when the region has no such job.</summary>
    [Alias("Get"), ReadOnly, AlwaysInterleave]
    Task<RegionImportJobStatus?> GetAsync(string jobId);
}
