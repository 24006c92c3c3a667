using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Regions.Responses;
using SgGrid.Grains.Abstractions.Regions;

namespace SgGrid.Api.Regions.Actions;

/// <summary>
/// DescribeRegionImportJob (SgGrid 2026-11-28): an ImportRegion job of the caller's region by <c>JobId</c> — Status
/// (Running, Succeeded, Failed), Phase, resources loaded and already there out of the total, and its problems.
/// </summary>
public sealed class DescribeRegionImportJob : IRpcAction
{
    public string Name => nameof(DescribeRegionImportJob);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var jobId = reader.Required("JobId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        var job = await region!.Grains.GetRegionImportJobs(region.Owner).GetAsync(jobId);
        return job is null ? RegionErrors.JobNotFound(jobId) : RpcResult.Ok(ImportJobDescription.From(job));
    }
}
