using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Resources;

/// <summary>
/// Join/LeaveSecurityGroup: exactly one of <c>InstanceId</c> (its primary ENI; <c>RegionId</c> optional, the instance's
/// own region otherwise) or <c>NetworkInterfaceId</c> (<c>RegionId</c> required), and the group, all the caller's.
/// </summary>
/// <remarks>
/// The ENI grain decides: <c>InvalidInstanceId.AlreadyExists</c> (already in), <c>InstanceNotInSecurityGroup</c>,
/// <c>InstanceLastSecurityGroup</c>, <c>InvalidInstanceId.Mismatch</c> (group of another VPC), the per-ENI group quota
/// (answered <c>InstanceSecurityGroupLimitExceeded</c> for an instance, <c>JoinedGroupLimitExceed</c> for an ENI as ECS does).
/// </remarks>
public static class SecurityGroupMembership
{
    public static async Task<RpcResult> ChangeAsync(RpcContext context, bool join)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        var instanceId = reader.Optional("InstanceId", TenantRegion.MaxIdLength);
        var networkInterfaceId = reader.Optional("NetworkInterfaceId", TenantRegion.MaxIdLength);
        var regionGiven = reader.Optional("RegionId", TenantRegion.MaxIdLength) is not null;
        if (reader.Error is { } error)
        {
            return error;
        }

        if (instanceId is not null && networkInterfaceId is not null)
        {
            return InstanceApiErrors.Conflict("InstanceId", "NetworkInterfaceId");
        }

        if (instanceId is null && networkInterfaceId is null)
        {
            return ApiErrors.Missing("InstanceId");
        }

        TenantRegion? region = null;
        if (networkInterfaceId is not null || regionGiven)
        {
            region = context.Region(reader, required: true);
            if (reader.Error is { } regionError)
            {
                return regionError;
            }
        }

        string targetId;
        if (instanceId is not null)
        {
            if (region is null)
            {
                var found = await InstanceLocator.FindAsync(context, instanceId);
                if (found is null)
                {
                    return InstanceApiErrors.InstanceNotFound();
                }

                (region, var instance) = found.Value;
                targetId = instance.PrimaryNetworkInterfaceId;
            }
            else
            {
                var instance = await region.FindInstanceAsync(instanceId);
                if (instance is null)
                {
                    return InstanceApiErrors.InstanceNotFound();
                }

                targetId = instance.PrimaryNetworkInterfaceId;
            }
        }
        else
        {
            if (await region!.FindNetworkInterfaceAsync(networkInterfaceId!) is null)
            {
                return InstanceApiErrors.NetworkInterfaceNotFound();
            }

            targetId = networkInterfaceId!;
        }

        if (await region.FindSecurityGroupAsync(groupId) is null)
        {
            return InstanceApiErrors.SecurityGroupNotFound();
        }

        var grain = region.NetworkInterface(targetId);
        var result = join
            ? await grain.JoinSecurityGroupAsync(region.Owner, groupId, context.Mutation)
            : await grain.LeaveSecurityGroupAsync(region.Owner, groupId, context.Mutation);
        if (result.Succeeded)
        {
            return RpcResult.Ok();
        }

        var first = result.Errors[0];
        return instanceId is not null && first.Code == EcsErrorCodes.JoinedGroupLimitExceed
            ? new EcsError(EcsErrorCodes.InstanceSecurityGroupLimitExceeded, "Exceeding the allowed amount of security groups that an instance can be in. " + first.Message)
            : RpcResult.Fail(result.Errors);
    }
}
