using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Tags;

namespace SgGrid.Api.Ecs.Actions.VpcApi;

/// <summary>TagResources (VPC API): adds or replaces <c>Tag.N</c> (1-20) on VPCs (<c>ResourceType=VPC</c>) or vSwitches (<c>VSWITCH</c>); see <see cref="TagCalls"/>.</summary>
public sealed class TagResources : IRpcAction
{
    public string Name => nameof(TagResources);

    public string Version => ApiVersions.Vpc;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => TagCalls.TagAsync(context, TaggableResource.Vpc);
}
