using SgGrid.Api.Ecs.Pipeline;

namespace SgGrid.Api.Ecs.Actions.EcsVersion;

/// <summary>
/// A VPC action also served under ECS's version (<c>2014-05-26</c>), as older SDKs and scripts call it: the same
/// parameters, checks and errors as the VPC action, the answer cut to the fields of ECS's response model.
/// </summary>
public abstract class EcsVersionOfVpcAction(IRpcAction vpcAction) : IRpcAction
{
    public string Name => vpcAction.Name;

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => vpcAction.UsesClientToken;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        var result = await vpcAction.ExecuteAsync(context);
        return result.Succeeded && result.Body is { } body ? RpcResult.Ok(Project(body)) : result;
    }

    /// <summary>The ECS model's answer for the VPC action's <paramref name="body"/>; the same body by default.</summary>
    protected virtual object Project(object body) => body;
}
