using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Resources;

/// <summary>
/// Finds an instance by id alone, for the calls that take no RegionId (DeleteInstance; Join/LeaveSecurityGroup by
/// instance): the instance's own region, when the instance is the caller's and the region is served.
/// </summary>
public static class InstanceLocator
{
    /// <summary>The instance and its tenant region, or null for a missing, malformed or other tenant's id alike.</summary>
    public static async Task<(TenantRegion Region, InstanceInfo Instance)?> FindAsync(RpcContext context, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TenantRegion.IsId(instanceId, ResourceIds.InstancePrefix))
        {
            return null;
        }

        var info = await context.Grains.GetGrain<IInstanceGrain>(instanceId).GetInfoAsync();
        if (info is null || info.Owner.AccountId != context.AccountId || !context.Regions.IsServed(info.Owner.RegionId))
        {
            return null;
        }

        return (context.In(info.Owner.RegionId), info);
    }
}
