using SgGrid.Api.Ecs.Responses;
using SgGrid.Grains.Abstractions.Regions;

namespace SgGrid.Api.Regions.Responses;

/// <summary>An import job as ImportRegion and DescribeRegionImportJob answer it.</summary>
public sealed record ImportJobDescription(
    string JobId,
    string Status,
    string Phase,
    int TotalResources,
    int LoadedResources,
    int UnchangedResources,
    int TotalRules,
    long SnapshotBytes,
    string StartTime,
    string? FinishTime,
    ImportProblemList Problems)
{
    public static ImportJobDescription From(RegionImportJobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(
            job.JobId,
            job.Status,
            job.Phase,
            job.TotalResources,
            job.LoadedResources,
            job.UnchangedResources,
            job.TotalRules,
            job.SnapshotBytes,
            EcsTime.Format(job.StartTime),
            job.FinishTime is { } finished ? EcsTime.Format(finished) : null,
            new ImportProblemList([.. job.Problems.Select(p => new ImportProblem(p.Path, p.Code, p.Message))]));
    }
}
