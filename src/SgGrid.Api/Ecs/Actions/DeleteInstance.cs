using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DeleteInstance: releases one instance, found by its id alone (the call has no RegionId). ECS's rules: a Stopped
/// instance goes; any other status needs <c>Force=true</c> (else <c>IncorrectInstanceStatus</c>); an instance with
/// DeletionProtection is refused even with Force (<c>InvalidOperation.DeletionProtection</c>). Its primary ENI is
/// deleted with it; secondary ENIs are detached (Available), or deleted when their DeleteOnRelease is set.
/// </summary>
public sealed class DeleteInstance : IRpcAction
{
    public string Name => nameof(DeleteInstance);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var instanceId = reader.Required("InstanceId", TenantRegion.MaxIdLength);
        var force = reader.Bool("Force") ?? false;
        reader.Bool("ForceStop");
        reader.Bool("TerminateSubscription");
        var dryRun = reader.Bool("DryRun") ?? false;
        if (reader.Error is { } error)
        {
            return error;
        }

        var found = await InstanceLocator.FindAsync(context, instanceId);
        if (found is null)
        {
            return InstanceApiErrors.InstanceNotFound();
        }

        if (found.Value.Instance.DeletionProtection)
        {
            return InstanceApiErrors.DeletionProtected();
        }

        if (!force && found.Value.Instance.Status != InstanceStatus.Stopped)
        {
            return InstanceApiErrors.IncorrectInstanceStatus(found.Value.Instance.Status);
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var (region, _) = found.Value;
        var deleted = await region.Instance(instanceId).DeleteAsync(region.Owner, context.Mutation);
        return deleted.Succeeded ? RpcResult.Ok() : RpcResult.Fail(deleted.Errors);
    }
}
