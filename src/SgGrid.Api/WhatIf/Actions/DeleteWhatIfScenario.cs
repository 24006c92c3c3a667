using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.WhatIf.Binding;

namespace SgGrid.Api.WhatIf.Actions;

/// <summary>DeleteWhatIfScenario (SgGrid 2026-11-28): drops the scenario and its staging copy; production is untouched.</summary>
public sealed class DeleteWhatIfScenario : IRpcAction
{
    public string Name => nameof(DeleteWhatIfScenario);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var scenarioId = reader.Required("ScenarioId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name);
        }

        if (await Scenarios.FindAsync(region!, scenarioId) is null)
        {
            return Scenarios.NotFound();
        }

        var deleted = await Scenarios.Grain(region!, scenarioId).DeleteAsync(region!.Owner);
        return deleted.Succeeded ? RpcResult.Ok() : RpcResult.Fail(deleted.Errors);
    }
}
