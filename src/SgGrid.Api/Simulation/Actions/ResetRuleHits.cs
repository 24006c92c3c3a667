using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.SecurityGroups;

namespace SgGrid.Api.Simulation.Actions;

/// <summary>ResetRuleHits (SgGrid 2026-11-28): sets a group's rule hits back to zero on every member and records the time.</summary>
public sealed class ResetRuleHits : IRpcAction
{
    public string Name => nameof(ResetRuleHits);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindSecurityGroupAsync(groupId) is null)
        {
            return SecurityGroupErrors.NotFound();
        }

        var reset = await region.SecurityGroup(groupId).ResetRuleHitsAsync(region.Owner);
        return reset.Succeeded ? RpcResult.Ok() : RpcResult.Fail(reset.Errors);
    }
}
