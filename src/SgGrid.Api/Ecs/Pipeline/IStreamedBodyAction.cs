using SgGrid.Api.Hosting;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// An action whose request body is its payload (a file, e.g. ImportRegion's snapshot) rather than parameters: the endpoint
/// does not read the body, and allows it up to <see cref="MaxBodyBytes"/>, when the action is named in the headers or the
/// query (<c>x-acs-action</c> / <c>Action</c>); the action reads <see cref="RpcContext.Body"/> as a stream.
/// </summary>
/// <remarks>
/// An ACS3 signature then covers the body through its declared hash (<c>x-acs-content-sha256</c>), which the action checks
/// with <see cref="RpcContext.CheckBodyHashAsync"/> once it has read the body, before acting on it.
/// </remarks>
public interface IStreamedBodyAction : IRpcAction
{
    /// <summary>The largest body accepted for this action.</summary>
    long MaxBodyBytes(SgGridApiOptions options);
}
