using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Tags;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// TagResources (ECS): adds or replaces <c>Tag.N</c> (1-20) on <c>ResourceId.N</c> (1-50) of one <c>ResourceType</c>
/// (<c>instance</c>, <c>securitygroup</c>, <c>eni</c>, <c>prefixlist</c>); see <see cref="TagCalls"/>.
/// </summary>
public sealed class TagResources : IRpcAction
{
    public string Name => nameof(TagResources);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => TagCalls.TagAsync(context, TaggableResource.Ecs);
}
