using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DeleteNetworkInterface: an Available (detached) ENI leaves its groups and returns its addresses to the vSwitch. An
/// attached one, a primary ENI included, is <c>InvalidOperation.InvalidEniState</c>.
/// </summary>
public sealed class DeleteNetworkInterface : IRpcAction
{
    public string Name => nameof(DeleteNetworkInterface);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var networkInterfaceId = reader.Required("NetworkInterfaceId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindNetworkInterfaceAsync(networkInterfaceId) is null)
        {
            return InstanceApiErrors.NetworkInterfaceNotFound();
        }

        var deleted = await region.NetworkInterface(networkInterfaceId).DeleteAsync(region.Owner, context.Mutation);
        return deleted.Succeeded ? RpcResult.Ok() : RpcResult.Fail(deleted.Errors);
    }
}
