namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// One RPC action of the endpoint, named exactly as the SDKs name it. Implementations are stateless singletons, one
/// file each under <c>Ecs/Actions/</c> (or <c>Simulation/Actions/</c>), so the folders are the list of supported calls.
/// </summary>
public interface IRpcAction
{
    /// <summary>The action, e.g. <c>CreateSecurityGroup</c>.</summary>
    string Name { get; }

    /// <summary>The API version it belongs to (<see cref="ApiVersions"/>).</summary>
    string Version { get; }

    /// <summary>
    /// Whether a <c>ClientToken</c> makes repeats of the request idempotent: the same token with the same parameters
    /// answers the first success again, with other parameters <c>IdempotentParameterMismatch</c>.
    /// </summary>
    bool UsesClientToken => false;

    /// <summary>Runs the action. Expected failures are <see cref="RpcResult"/> errors; an exception is a bug (HTTP 500).</summary>
    Task<RpcResult> ExecuteAsync(RpcContext context);
}
