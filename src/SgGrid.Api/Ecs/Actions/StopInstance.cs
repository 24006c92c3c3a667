using SgGrid.Api.Ecs.Instances;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>StopInstance: a Running instance goes Stopping, then Stopped (IncorrectInstanceStatus otherwise); see <see cref="InstanceStatusCalls"/>.</summary>
public sealed class StopInstance : IRpcAction
{
    public string Name => nameof(StopInstance);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => InstanceStatusCalls.ChangeOneAsync(context, InstanceStatusChange.Stop, "ForceStop", "ConfirmStop", "Hibernate");
}
