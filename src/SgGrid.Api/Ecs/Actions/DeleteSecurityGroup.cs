using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.SecurityGroups;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DeleteSecurityGroup: removes a group with no members and no referencing group; otherwise <c>DependencyViolation</c>
/// (HTTP 403). A managed group is refused with <c>InvalidOperation.ResourceManagedByCloudProduct</c>, except to an AccessKey
/// configured as a cloud service of the account (<see cref="Tenancy.TenantOptions.CloudService"/>), which created it.
/// </summary>
public sealed class DeleteSecurityGroup : IRpcAction
{
    public string Name => nameof(DeleteSecurityGroup);

    public string Version => ApiVersions.Ecs;

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

        if (region.ScenarioRefusal(groupId) is { } refusal)
        {
            return refusal;
        }

        var group = region.SecurityGroup(groupId);
        return SecurityGroupCalls.Answer(context.Tenant.CloudService ? await group.DeleteAsCloudServiceAsync(region.Owner) : await group.DeleteAsync(region.Owner));
    }
}
