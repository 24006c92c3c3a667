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
    /// The most nonces remembered per access key; past it the oldest are forgotten first, so memory stays bounded
    /// even for a client that sends more requests per window than this.
    /// </summary>
    public int MaxNoncesPerAccessKey { get; set; } = 100_000;
}
