using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DetachNetworkInterface: a secondary ENI attached to the instance becomes Available again, keeping its groups. The
/// primary ENI cannot be detached (<c>InvalidOperation.DetachPrimaryEniNotAllowed</c>); an ENI not attached to this instance
/// is <c>InvalidOperation.InvalidEniState</c>.
/// </summary>
public sealed class DetachNetworkInterface : IRpcAction
{
    public string Name => nameof(DetachNetworkInterface);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var instanceId = reader.Required("InstanceId", TenantRegion.MaxIdLength);
        var networkInterfaceId = reader.Required("NetworkInterfaceId", TenantRegion.MaxIdLength);
        var trunk = reader.Optional("TrunkNetworkInstanceId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (trunk is not null)
        {
            return InstanceApiErrors.Unsupported("TrunkNetworkInstanceId", "SgGrid does not emulate trunk network interfaces.");
        }

        if (await region!.FindNetworkInterfaceAsync(networkInterfaceId) is null)
        {
            return InstanceApiErrors.NetworkInterfaceNotFound();
        }

        if (await region.FindInstanceAsync(instanceId) is null)
        {
            return InstanceApiErrors.EcsInstanceNotFound();
        }

        var detached = await region.Instance(instanceId).DetachNetworkInterfaceAsync(region.Owner, networkInterfaceId, context.Mutation);
        return AttachNetworkInterface.Answer(detached.Succeeded, detached.Errors);
    }
}
