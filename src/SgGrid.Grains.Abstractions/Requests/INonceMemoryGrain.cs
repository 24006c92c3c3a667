namespace SgGrid.Grains.Abstractions.Requests;

/// <summary>
/// The nonces one access key (the grain's key) used within the replay window, shared by every silo of the cluster: one
/// activation answers for the key wherever the request arrived (docs/semantics.md, "Request gateway").
/// </summary>
/// <remarks>In memory only: if the silo holding it fails, the nonces of the last window are forgotten.</remarks>
[Alias("sggrid.INonceMemoryGrain")]
public interface INonceMemoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Remembers the nonce whose 128-bit hash is (<paramref name="hashHigh"/>, <paramref name="hashLow"/>) until
    /// <paramref name="expiry"/>, unless it is remembered and unexpired at <paramref name="now"/> or
    /// <paramref name="capacity"/> live nonces are held already.
    /// </summary>
    [Alias("Admit")]
    Task<NonceMemoryAnswer> AdmitAsync(ulong hashHigh, ulong hashLow, DateTimeOffset expiry, DateTimeOffset now, int capacity);
}
