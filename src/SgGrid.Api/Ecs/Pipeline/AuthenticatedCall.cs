using SgGrid.Api.Ecs.Binding;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// A request whose signature verified and which is fresh: the signer, and the action, version and parameters exactly as the
/// signature covers them (<see cref="RequestAuthenticator"/>).
/// </summary>
/// <param name="AccessKeyId">The access key that signed the request.</param>
/// <param name="ActionName">The signed action: <c>x-acs-action</c> (ACS3) or the <c>Action</c> parameter (v1); null when absent.</param>
/// <param name="Version">The signed API version, likewise; null when absent.</param>
/// <param name="Parameters">The query, and the form or JSON body's parameters, each parsed once.</param>
/// <param name="Body">For a streamed-body action, the body still to read (hashed as it is read); else empty.</param>
/// <param name="DeclaredBodyHash">For a streamed ACS3 body, the signed hash the action checks the bytes against; else null.</param>
public sealed record AuthenticatedCall(
    string AccessKeyId,
    string? ActionName,
    string? Version,
    RpcParameters Parameters,
    Stream Body,
    string? DeclaredBodyHash);
