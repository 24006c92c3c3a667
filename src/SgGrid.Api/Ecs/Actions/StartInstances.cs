using SgGrid.Api.Ecs.Instances;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>StartInstances: StartInstance for InstanceId.N (1-100) of a region; see <see cref="InstanceStatusCalls"/>.</summary>
public sealed class StartInstances : IRpcAction
{
    public string Name => nameof(StartInstances);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => InstanceStatusCalls.ChangeManyAsync(context, InstanceStatusChange.Start);
}
