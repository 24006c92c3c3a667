using SgGrid.Api.Ecs.Instances;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>RebootInstances: RebootInstance for InstanceId.N (1-100) of a region; see <see cref="InstanceStatusCalls"/>.</summary>
public sealed class RebootInstances : IRpcAction
{
    public string Name => nameof(RebootInstances);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => InstanceStatusCalls.ChangeManyAsync(context, InstanceStatusChange.Reboot, "ForceReboot");
}
