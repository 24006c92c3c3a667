using System.Diagnostics.CodeAnalysis;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// ModifyInstanceAttribute: the instance (found by its id alone) gets a new <c>InstanceName</c>, <c>Description</c>,
/// <c>HostName</c> or <c>DeletionProtection</c>; <c>SecurityGroupIds.N</c> replaces its primary ENI's groups (groups of
/// its VPC, checked first). Everything is checked before anything changes; the groups change before the attributes.
/// Parameters about the guest (Password, UserData, CpuOptions, ...) are accepted and have no effect in SgGrid.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the ECS action.")]
public sealed class ModifyInstanceAttribute : IRpcAction
{
    public string Name => nameof(ModifyInstanceAttribute);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var instanceId = reader.Required("InstanceId", TenantRegion.MaxIdLength);
        var name = reader.Text("InstanceName", 2, 128, noUrl: true);
        var description = reader.Text("Description", 2, 256, noUrl: true);
        var hostName = reader.Optional("HostName", 64);
        var deletionProtection = reader.Bool("DeletionProtection");
        var groupIds = reader.List("SecurityGroupIds", SecurityGroupSets.MaxIds, TenantRegion.MaxIdLength);
        reader.Bool("Recyclable");
        reader.Bool("EnableJumboFrame");
        reader.Bool("EnableNetworkEncryption");
        if (!reader.HasError && hostName is not null && !InstanceNaming.IsValidHostName(hostName))
        {
            reader.Fail(ApiErrors.Malformed("HostName", "It must be 2-64 characters of letters, digits, '.' and '-'."));
        }

        if (reader.Error is { } error)
        {
            return error;
        }

        if (await InstanceLocator.FindAsync(context, instanceId) is not ({ } region, { } instance))
        {
            return InstanceApiErrors.InstanceNotFound();
        }

        var grain = region.Instance(instanceId);
        if (!groupIds.IsEmpty)
        {
            if (groupIds.Distinct(StringComparer.Ordinal).Count() != groupIds.Length)
            {
                return ApiErrors.Malformed("SecurityGroupIds", "A group may be named once.");
            }

            if (await SecurityGroupSets.CheckAsync(region, groupIds, instance.VpcId, InstanceApiErrors.GroupNotInVSwitchVpc) is { } groupError)
            {
                return groupError;
            }

            var replaced = await grain.ReplaceSecurityGroupsAsync(region.Owner, groupIds, context.Mutation);
            if (!replaced.Succeeded)
            {
                return RpcResult.Fail(replaced.Errors);
            }
        }

        if (name is not null || description is not null || hostName is not null || deletionProtection is not null)
        {
            var modified = await grain.ModifyAttributesAsync(region.Owner, new InstanceAttributeChange
            {
                Name = name,
                Description = description,
                HostName = hostName,
                DeletionProtection = deletionProtection,
            });
            if (!modified.Succeeded)
            {
                return RpcResult.Fail(modified.Errors);
            }
        }

        return RpcResult.Ok();
    }
}
