using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// AttachNetworkInterface: an Available secondary ENI of the instance's VPC and zone becomes InUse on the instance, keeping
/// its own security groups. The instance grain checks ECS's rules (ENI type and state, VPC, zone, ENIs per instance).
/// </summary>
/// <remarks>
/// SgGrid attaches at once (no Attaching state). <c>NetworkCardIndex</c> and <c>WaitForNetworkConfigurationReady</c> are
/// accepted and have no effect; trunk ENIs (<c>TrunkNetworkInstanceId</c>) are not emulated.
/// </remarks>
public sealed class AttachNetworkInterface : IRpcAction
{
    public string Name => nameof(AttachNetworkInterface);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var instanceId = reader.Required("InstanceId", TenantRegion.MaxIdLength);
        var networkInterfaceId = reader.Required("NetworkInterfaceId", TenantRegion.MaxIdLength);
        reader.Number("NetworkCardIndex", 0, 255);
        reader.Bool("WaitForNetworkConfigurationReady");
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

        var attached = await region.Instance(instanceId).AttachNetworkInterfaceAsync(region.Owner, networkInterfaceId, context.Mutation);
        return Answer(attached.Succeeded, attached.Errors);
    }

    /// <summary>Success, or the grain's first error with the instance's not-found spelled as these calls spell it.</summary>
    internal static RpcResult Answer(bool succeeded, System.Collections.Immutable.ImmutableArray<EcsError> errors) =>
        succeeded ? RpcResult.Ok()
        : errors[0].Code == EcsErrorCodes.InstanceNotFound ? InstanceApiErrors.EcsInstanceNotFound()
        : RpcResult.Fail(errors);
}
