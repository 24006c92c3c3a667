namespace SgGrid.Grains.Abstractions.Idempotency;

/// <summary>
/// One ClientToken of one tenant in one region (key <see cref="ClientTokens.KeyOf"/>): the first request that claims it
/// runs; a repeat with the same fingerprint gets the first success's answer again, one with another fingerprint is refused.
/// </summary>
/// <remarks>A claim lasts until completed or released; it is not persisted, so a silo failure mid-request frees the token.</remarks>
[Alias("sggrid.IClientTokenGrain")]
public interface IClientTokenGrain : IGrainWithStringKey
{
    /// <summary>Claims the token for a request whose parameters hash to <paramref name="fingerprint"/>.</summary>
    [Alias("Claim")]
    Task<ClientTokenClaim> ClaimAsync(string fingerprint);

    /// <summary>The claimed request succeeded with <paramref name="responseBody"/> (its JSON without RequestId): kept for repeats.</summary>
    [Alias("Complete")]
    Task CompleteAsync(string fingerprint, byte[] responseBody);

    /// <summary>The claimed request failed: the token is free again (ECS does not replay errors).</summary>
    [Alias("Release")]
    Task ReleaseAsync(string fingerprint);
}
