using SgGrid.Api.Ecs.Pipeline;

namespace SgGrid.Api.Ecs.Actions.VpcApi;

/// <summary>
/// DescribeRegions (VPC API, <c>vpc.{region}.aliyuncs.com</c> endpoints): the regions SgGrid serves, named in Chinese
/// (default) or English (<c>AcceptLanguage=en-US</c>). ECS's DescribeRegions is <see cref="Actions.DescribeRegions"/>.
/// </summary>
public sealed class DescribeRegions : IRpcAction
{
    public string Name => nameof(DescribeRegions);

    public string Version => ApiVersions.Vpc;

    public Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var language = reader.Optional("AcceptLanguage", 16);
        reader.Optional("ProductType", 64);
        if (reader.Error is { } error)
        {
            return Task.FromResult(RpcResult.Fail(error));
        }

        var english = ZoneNames.IsEnglish(language);
        var regions = context.Regions.Regions.Select(r => new Region(
            r.RegionId,
            english && r.EnglishName.Length > 0 ? r.EnglishName : r.LocalName,
            $"vpc.{r.RegionId}.aliyuncs.com"));
        return Task.FromResult(RpcResult.Ok(new Response(new RegionList([.. regions]))));
    }

    public sealed record Response(RegionList Regions);

    public sealed record RegionList(IReadOnlyList<Region> Region);

    public sealed record Region(string RegionId, string LocalName, string RegionEndpoint);
}
