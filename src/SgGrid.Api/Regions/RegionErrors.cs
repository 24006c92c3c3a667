using SgGrid.Domain.Errors;

namespace SgGrid.Api.Regions;

/// <summary>The errors of ImportRegion, ExportRegion and DescribeRegionImportJob.</summary>
public static class RegionErrors
{
    public static EcsError InvalidSnapshot(int problems) => new(EcsErrorCodes.InvalidSnapshot,
        $"The snapshot cannot be imported: {problems} problem(s), listed in Problems with their paths; nothing was imported.");

    public static EcsError ImportInProgress() => new(EcsErrorCodes.RegionImportInProgress,
        "Another import into this region is running; wait for it (DescribeRegionImportJob).");

    public static EcsError JobNotFound(string jobId) => new(EcsErrorCodes.RegionImportJobNotFound,
        $"The import job {jobId} does not exist in this region.");
}
