using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>LeaveSecurityGroup: an instance (its primary ENI) or an ENI leaves a group; its last group cannot be left.</summary>
public sealed class LeaveSecurityGroup : IRpcAction
{
    public string Name => nameof(LeaveSecurityGroup);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => SecurityGroupMembership.ChangeAsync(context, join: false);
}
