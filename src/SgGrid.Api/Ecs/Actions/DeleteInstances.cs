using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DeleteInstances: releases 1 to 100 instances of the region, all or none checked first: an id that is not the caller's
/// instance there is <c>InvalidInstanceId.NotFound</c>, one with DeletionProtection refuses all, and without <c>Force=true</c> any not Stopped is
/// <c>IncorrectInstanceStatus</c>. DryRun answers <c>DRYRUN.SUCCESS</c>.
/// </summary>
public sealed class DeleteInstances : IRpcAction
{
    public const int MaxIds = 100;

    public string Name => nameof(DeleteInstances);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var ids = reader.List("InstanceId", MaxIds, TenantRegion.MaxIdLength);
        var force = reader.Bool("Force") ?? false;
        reader.Bool("ForceStop");
        reader.Bool("TerminateSubscription");
        var dryRun = reader.Bool("DryRun") ?? false;
        if (reader.Error is { } error)
        {
            return error;
        }

        if (ids.IsEmpty)
        {
            return ApiErrors.Missing("InstanceId");
        }

        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var id in distinct)
        {
            if (await region!.FindInstanceAsync(id) is not { } instance)
            {
                return InstanceApiErrors.InstanceNotFound();
            }

            if (instance.DeletionProtection)
            {
                return InstanceApiErrors.DeletionProtected();
            }

            if (!force && instance.Status != InstanceStatus.Stopped)
            {
                return InstanceApiErrors.IncorrectInstanceStatus(instance.Status);
            }
        }

        if (dryRun)
        {
            return ApiErrors.DryRunSuccess();
        }

        foreach (var id in distinct)
        {
            var deleted = await region!.Instance(id).DeleteAsync(region.Owner, context.Mutation);
            if (!deleted.Succeeded)
            {
                return RpcResult.Fail(deleted.Errors);
            }
        }

        return RpcResult.Ok();
    }
}
