using SgGrid.Api.Ecs.Instances;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeInstanceStatus: the status of the tenant's instances in a region (what waiters poll), filtered by
/// <c>InstanceId.N</c> (at most 100) and <c>ZoneId</c>, id descending, in pages (<c>PageNumber</c>, <c>PageSize</c> 1-50,
/// default 10).
/// </summary>
public sealed class DescribeInstanceStatus : IRpcAction
{
    public const int MaxPageSize = 50;

    public string Name => nameof(DescribeInstanceStatus);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var ids = reader.List("InstanceId", InstanceStatusCalls.MaxInstanceIds, TenantRegion.MaxIdLength);
        var zoneId = reader.Optional("ZoneId", 64);
        reader.Optional("ClusterId", 64);
        var pageNumber = reader.Number("PageNumber", 1) ?? 1;
        var pageSize = reader.Number("PageSize", 1, MaxPageSize) ?? ResourceQuery.DefaultPageSize;
        if (reader.Error is { } error)
        {
            return error;
        }

        var page = await region!.Directory.ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.Instance,
            Ids = [.. ids.Distinct(StringComparer.Ordinal)],
            ZoneId = zoneId,
            PageNumber = pageNumber,
            PageSize = pageSize,
        });
        var statuses = page.Items
            .Select(item => new StatusItem(item.Id, item.Attributes.GetValueOrDefault("Status", InstanceStatus.Running)))
            .ToArray();
        return RpcResult.Ok(new Response(page.TotalCount, page.PageNumber, page.PageSize, new StatusList(statuses)));
    }

    public sealed record Response(int TotalCount, int PageNumber, int PageSize, StatusList InstanceStatuses);

    public sealed record StatusList(IReadOnlyList<StatusItem> InstanceStatus);

    public sealed record StatusItem(string InstanceId, string Status);
}
