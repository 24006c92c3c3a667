namespace SgGrid.Api.Ecs.Signatures;

/// <summary>How strictly <see cref="RequestFreshnessGuard"/> checks request times and nonces.</summary>
public sealed class RequestFreshnessOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "SgGrid:Api:RequestFreshness";

    /// <summary>Reject requests whose signed time is further than <see cref="AllowedClockSkew"/> from now.</summary>
    public bool CheckTimestamp { get; set; } = true;

    /// <summary>Reject a nonce seen already for the same access key within the window.</summary>
    public bool CheckNonce { get; set; } = true;

    /// <summary>How far the signed time may be from the server clock, either way (ECS: 15 minutes).</summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The most live nonces remembered per access key (about 50 bytes each). None is forgotten before its request's time
    /// leaves the window: past this many, the key's requests are refused (<c>Throttling.User</c>) until nonces expire, so a
    /// captured request can never be replayed inside its window. A million is ~1,100 requests a second per key, sustained.
    /// </summary>
    public int MaxNoncesPerAccessKey { get; set; } = 1_000_000;

    /// <summary>How wide a span of expiries is dropped at once (see <see cref="SgGrid.Domain.Requests.NonceWindow"/>).</summary>
    public TimeSpan NonceBucketWidth { get; set; } = TimeSpan.FromMinutes(1);
}
