using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.WhatIf.Responses;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.WhatIf.Actions;

/// <summary>
/// DescribeWhatIfScenarios (SgGrid 2026-11-28): the tenant's scenarios in the region, id descending, filtered by
/// <c>ScenarioId.N</c> and <c>VpcId</c>, in pages (<c>PageNumber</c>/<c>PageSize</c> or <c>MaxResults</c>/<c>NextToken</c>).
/// </summary>
public sealed class DescribeWhatIfScenarios : IRpcAction
{
    public const int MaxScenarioIds = 100;

    public string Name => nameof(DescribeWhatIfScenarios);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var ids = reader.List("ScenarioId", MaxScenarioIds, TenantRegion.MaxIdLength);
        var vpcId = reader.Optional("VpcId", TenantRegion.MaxIdLength);
        var paging = PagingParameters.Read(reader, minResults: 1, maxResults: 100, defaultResults: 10, maxPageSize: 100);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name);
        }

        var page = await region!.Directory.ListAsync(paging.ApplyTo(new ResourceQuery { Kind = ResourceKind.WhatIfScenario, Ids = ids, VpcId = vpcId }));
        var infos = await Task.WhenAll(page.Items.Select(item => region.Grains.GetGrain<IWhatIfScenarioGrain>(item.Id).GetInfoAsync(region.Owner)));
        var scenarios = infos.OfType<WhatIfScenarioInfo>().Select(ScenarioDescription.From).ToArray();
        return RpcResult.Ok(new Response(
            page.TotalCount,
            paging.UsesTokens ? null : page.PageNumber,
            paging.UsesTokens ? null : page.PageSize,
            paging.UsesTokens ? page.NextToken ?? "" : null,
            new ScenarioList(scenarios)));
    }

    public sealed record Response(int TotalCount, int? PageNumber, int? PageSize, string? NextToken, ScenarioList Scenarios);

    public sealed record ScenarioList(IReadOnlyList<ScenarioDescription> Scenario);
}
