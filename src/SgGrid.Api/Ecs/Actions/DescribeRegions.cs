using SgGrid.Api.Ecs.Pipeline;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>DescribeRegions: the regions this emulator serves, named in Chinese (default) or English (<c>AcceptLanguage=en-US</c>).</summary>
public sealed class DescribeRegions : IRpcAction
{
    public string Name => nameof(DescribeRegions);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var language = reader.Optional("AcceptLanguage", 16);
        if (reader.Error is { } error)
        {
            return Task.FromResult(RpcResult.Fail(error));
        }

        var english = language is not null && !language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var regions = context.Regions.Regions.Select(r => new Region(
            r.RegionId,
            english && r.EnglishName.Length > 0 ? r.EnglishName : r.LocalName,
            $"ecs.{r.RegionId}.aliyuncs.com",
            "available"));
        return Task.FromResult(RpcResult.Ok(new Response(new RegionList([.. regions]))));
    }

    public sealed record Response(RegionList Regions);

    public sealed record RegionList(IReadOnlyList<Region> Region);

    public sealed record Region(string RegionId, string LocalName, string RegionEndpoint, string Status);
}
