using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.WhatIf.Binding;

/// <summary>Finding a tenant's scenario by id: a malformed id, another tenant's scenario and a deleted one all look missing.</summary>
public static class Scenarios
{
    public static IWhatIfScenarioGrain Grain(TenantRegion region, string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region.Grains.GetGrain<IWhatIfScenarioGrain>(scenarioId);
    }

    public static async Task<WhatIfScenarioInfo?> FindAsync(TenantRegion region, string scenarioId) =>
        TenantRegion.IsId(scenarioId, ScenarioRegions.ScenarioPrefix) && await region.IsListedAsync(ResourceKind.WhatIfScenario, scenarioId)
            ? await Grain(region, scenarioId).GetInfoAsync(region.Owner)
            : null;

    public static EcsError NotFound() => new(EcsErrorCodes.ScenarioNotFound, "The specified ScenarioId does not exist.");
}
