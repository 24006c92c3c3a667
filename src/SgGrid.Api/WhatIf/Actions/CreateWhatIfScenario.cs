using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Api.WhatIf.Responses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.WhatIf.Actions;

/// <summary>
/// CreateWhatIfScenario (SgGrid 2026-11-28): a staging copy of a VPC's groups, memberships and addresses (its ENIs,
/// instances and vSwitches too) as they are now. Ordinary ECS actions called with the answer's <c>ScenarioRegionId</c>
/// act on the copy, with production's ids; <c>SecurityGroupId.N</c> narrows the groups that may change there (and that
/// ApplyWhatIfScenario promotes), by default every group of the VPC.
/// </summary>
public sealed class CreateWhatIfScenario : IRpcAction
{
    public const int MaxSecurityGroupIds = 100;

    public string Name => nameof(CreateWhatIfScenario);

    public string Version => ApiVersions.Simulation;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var vpcId = reader.Required("VpcId", TenantRegion.MaxIdLength);
        var groupIds = reader.List("SecurityGroupId", MaxSecurityGroupIds, TenantRegion.MaxIdLength);
        var name = reader.Text("Name", 1, 128) ?? "";
        var description = reader.Text("Description", 1, 256) ?? "";
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name);
        }

        if (await region!.FindVpcAsync(vpcId) is null)
        {
            return NetworkErrors.VpcNotFound(vpcId);
        }

        foreach (var groupId in groupIds)
        {
            if (await region.FindSecurityGroupAsync(groupId) is not { } group || group.VpcId != vpcId)
            {
                return SecurityGroupErrors.NotFound();
            }
        }

        var scenarioId = ResourceIds.Create(ScenarioRegions.ScenarioPrefix, ResourceIds.EcsSuffixLength, Random.Shared);
        var created = await region.Grains.GetGrain<IWhatIfScenarioGrain>(scenarioId).CreateAsync(new WhatIfScenarioSpec
        {
            Owner = region.Owner,
            VpcId = vpcId,
            SecurityGroupIds = groupIds,
            Name = name,
            Description = description,
        });
        return created.Succeeded ? RpcResult.Ok(ScenarioDescription.From(created.Value!)) : RpcResult.Fail(created.Errors);
    }
}
