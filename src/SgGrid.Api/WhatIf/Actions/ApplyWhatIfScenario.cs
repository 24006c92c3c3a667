using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.WhatIf.Binding;
using SgGrid.Api.WhatIf.Responses;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.WhatIf.Actions;

/// <summary>
/// ApplyWhatIfScenario (SgGrid 2026-11-28): promotes the staged rules and internal access policies of the groups in scope
/// to production in one step — all of them or, when any of those groups changed in production since the clone
/// (<c>IncorrectStatus.ProductionChanged</c>) or a staged rule needs a resource that exists only in the scenario, none.
/// ENIs, instances, memberships and groups created or deleted in the scenario are not promoted.
/// </summary>
public sealed class ApplyWhatIfScenario : IRpcAction
{
    public string Name => nameof(ApplyWhatIfScenario);

    public string Version => ApiVersions.Simulation;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var scenarioId = reader.Required("ScenarioId", TenantRegion.MaxIdLength);
        var dryRun = reader.Bool("DryRun") ?? false;
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

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var applied = await Scenarios.Grain(region!, scenarioId).ApplyAsync(region!.Owner, context.Mutation);
        if (!applied.Succeeded)
        {
            return RpcResult.Fail(applied.Errors);
        }

        var groups = applied.Value!.Groups.Select(g => new PromotedGroup(g.SecurityGroupId, g.RulesAdded, g.RulesRemoved, g.RulesModified, g.InnerAccessPolicyChanged)).ToArray();
        return RpcResult.Ok(new Response(scenarioId, nameof(WhatIfScenarioStatus.Applied), Ecs.Responses.EcsTime.Format(applied.Value.ApplyTime), new PromotedGroupList(groups)));
    }

    public sealed record Response(string ScenarioId, string Status, string ApplyTime, PromotedGroupList SecurityGroups);

    public sealed record PromotedGroupList(IReadOnlyList<PromotedGroup> SecurityGroup);

    /// <summary>One production group the apply changed.</summary>
    public sealed record PromotedGroup(string SecurityGroupId, int RulesAdded, int RulesRemoved, int RulesModified, bool InnerAccessPolicyChanged);
}
