using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Regions.Exporting;

namespace SgGrid.Api.Regions.Actions;

/// <summary>
/// ExportRegion (SgGrid 2026-11-28): the caller's region as a snapshot bundle — the answer carries, beside RequestId,
/// <c>SnapshotFormat</c>, <c>RegionId</c> and every page of DescribeVpcs, DescribeVSwitches, DescribePrefixLists,
/// DescribePrefixListAttributes (per list), DescribeSecurityGroups, DescribeSecurityGroupAttribute (per group, both
/// directions), DescribeNetworkInterfaces and DescribeInstances, exactly as those calls answer. ImportRegion takes it back.
/// </summary>
/// <remarks>The answer streams as it is produced (a region of 100,000 ENIs is some hundreds of MB); in a what-if scenario's
/// region it is the staging copy's.</remarks>
public sealed class ExportRegion(IGrainFactory grains) : IRpcAction
{
    public string Name => nameof(ExportRegion);

    public string Version => ApiVersions.Simulation;

    public Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        if (reader.Error is { } error)
        {
            return Task.FromResult<RpcResult>(error);
        }

        var exporter = new RegionExporter(context, grains, region!.RegionId);
        return Task.FromResult(RpcResult.Streamed(exporter.WriteAsync));
    }
}
