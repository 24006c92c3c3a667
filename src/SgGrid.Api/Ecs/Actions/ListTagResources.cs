using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Tags;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>ListTagResources (ECS): the tags of instances, security groups, ENIs or prefix lists; see <see cref="TagListing"/>.</summary>
public sealed class ListTagResources : IRpcAction
{
    public string Name => nameof(ListTagResources);

    public string Version => ApiVersions.Ecs;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => TagListing.ListAsync(context, TaggableResource.Ecs);
}
