using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Tags;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// UntagResources (ECS): removes <c>TagKey.N</c> (1-20), or every tag with <c>All=true</c>, from <c>ResourceId.N</c> (1-50) of one <c>ResourceType</c>
/// (<c>instance</c>, <c>securitygroup</c>, <c>eni</c>, <c>prefixlist</c>); see <see cref="TagCalls"/>.
/// </summary>
public sealed class UntagResources : IRpcAction
{
    public string Name => nameof(UntagResources);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => TagCalls.UntagAsync(context, TaggableResource.Ecs);
}
