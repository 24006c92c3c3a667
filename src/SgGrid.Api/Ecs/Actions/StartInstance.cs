using SgGrid.Api.Ecs.Instances;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>StartInstance: a Stopped instance goes Starting, then Running (IncorrectInstanceStatus otherwise); see <see cref="InstanceStatusCalls"/>.</summary>
public sealed class StartInstance : IRpcAction
{
    public string Name => nameof(StartInstance);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => InstanceStatusCalls.ChangeOneAsync(context, InstanceStatusChange.Start, "InitLocalDisk");
}
