using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// JoinSecurityGroup: an instance (its primary ENI) or an ENI joins a group of its VPC; the group's members and every
/// group referencing it see the new addresses before the call returns.
/// </summary>
public sealed class JoinSecurityGroup : IRpcAction
{
    public string Name => nameof(JoinSecurityGroup);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => SecurityGroupMembership.ChangeAsync(context, join: true);
}
