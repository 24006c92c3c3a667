using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Tags;

namespace SgGrid.Api.Ecs.Actions.VpcApi;

/// <summary>ListTagResources (VPC API): lists the tags of VPCs (<c>ResourceType=VPC</c>) or vSwitches (<c>VSWITCH</c>); see <see cref="TagListing"/>.</summary>
public sealed class ListTagResources : IRpcAction
{
    public string Name => nameof(ListTagResources);

    public string Version => ApiVersions.Vpc;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => TagListing.ListAsync(context, TaggableResource.Vpc);
}
