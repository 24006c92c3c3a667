using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Tags;

namespace SgGrid.Api.Ecs.Actions.VpcApi;

/// <summary>UnTagResources (VPC API): removes <c>TagKey.N</c> (1-20), or every tag with <c>All=true</c>, from VPCs (<c>ResourceType=VPC</c>) or vSwitches (<c>VSWITCH</c>); see <see cref="TagCalls"/>.</summary>
public sealed class UnTagResources : IRpcAction
{
    public string Name => nameof(UnTagResources);

    public string Version => ApiVersions.Vpc;

    public Task<RpcResult> ExecuteAsync(RpcContext context) => TagCalls.UntagAsync(context, TaggableResource.Vpc);
}
