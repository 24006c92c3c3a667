using SgGrid.Api.Ecs.Instances;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>StopInstances: StopInstance for InstanceId.N (1-100) of a region; see <see cref="InstanceStatusCalls"/>.</summary>
public sealed class StopInstances : IRpcAction
{
    public string Name => nameof(StopInstances);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => InstanceStatusCalls.ChangeManyAsync(context, InstanceStatusChange.Stop, "ForceStop");
}
