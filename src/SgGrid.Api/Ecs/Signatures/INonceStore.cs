using SgGrid.Domain.Requests;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// Where the gateway remembers the nonces of verified requests (<see cref="RequestFreshnessGuard"/>). One store per silo
/// (<see cref="LocalNonceStore"/>, the default) sees only the requests that reached that silo; a cluster behind a load
/// balancer shares one by registering another implementation (docs/semantics.md, "Request gateway").
/// </summary>
public interface INonceStore
{
    /// <summary>
    /// Remembers <paramref name="nonce"/> of <paramref name="accessKeyId"/> until <paramref name="expiry"/>, unless it is
    /// remembered already and unexpired at <paramref name="now"/>, or the key's memory is full of live nonces.
    /// </summary>
    ValueTask<NonceAdmission> AdmitAsync(string accessKeyId, string nonce, DateTimeOffset expiry, DateTimeOffset now);
}
