using System.Diagnostics.CodeAnalysis;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// ModifyNetworkInterfaceAttribute: <c>SecurityGroupId.N</c> replaces the ENI's group set (joined before the dropped ones
/// are left, so the ENI never has none), and the name, description and <c>DeleteOnRelease</c> change. Parameters not given
/// stay as they are; the queue and traffic settings are accepted and have no effect (SgGrid has no data plane).
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Actions are named exactly as ECS names them.")]
public sealed class ModifyNetworkInterfaceAttribute : IRpcAction
{
    public string Name => nameof(ModifyNetworkInterfaceAttribute);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var networkInterfaceId = reader.Required("NetworkInterfaceId", TenantRegion.MaxIdLength);
        var groupIds = reader.List("SecurityGroupId", SecurityGroupSets.MaxIds, TenantRegion.MaxIdLength);
        var name = ResourceNames.Read(reader, "NetworkInterfaceName");
        var description = reader.Text("Description", 2, 255, noUrl: true);
        var deleteOnRelease = reader.Bool("DeleteOnRelease");
        if (reader.Error is { } error)
        {
            return error;
        }

        var networkInterface = await region!.FindNetworkInterfaceAsync(networkInterfaceId);
        if (networkInterface is null)
        {
            return InstanceApiErrors.NetworkInterfaceNotFound();
        }

        var grain = region.NetworkInterface(networkInterfaceId);
        if (!groupIds.IsEmpty)
        {
            if (await SecurityGroupSets.CheckAsync(region, groupIds, networkInterface.VpcId, InstanceApiErrors.GroupNotInVSwitchVpc) is { } groupError)
            {
                return groupError;
            }

            var replaced = await grain.ReplaceSecurityGroupsAsync(region.Owner, groupIds, context.Mutation);
            if (!replaced.Succeeded)
            {
                return RpcResult.Fail(replaced.Errors);
            }
        }

        if (name is not null || description is not null || deleteOnRelease is not null)
        {
            var modified = await grain.ModifyAttributesAsync(region.Owner, new NetworkInterfaceAttributeChange
            {
                Name = name,
                Description = description,
                DeleteOnRelease = deleteOnRelease,
            });
            if (!modified.Succeeded)
            {
                return RpcResult.Fail(modified.Errors);
            }
        }

        return RpcResult.Ok();
    }
}
