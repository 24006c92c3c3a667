using SgGrid.Api.Ecs.Instances;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>RebootInstance: a Running instance goes Starting, then Running again (IncorrectInstanceStatus otherwise); see <see cref="InstanceStatusCalls"/>.</summary>
public sealed class RebootInstance : IRpcAction
{
    public string Name => nameof(RebootInstance);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => InstanceStatusCalls.ChangeOneAsync(context, InstanceStatusChange.Reboot, "ForceStop");
}
