using SgGrid.Domain.Errors;
using SgGrid.Domain.Requests;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// Rejects stale and replayed requests after their signature verified: the signed time must be within
/// <see cref="RequestFreshnessOptions.AllowedClockSkew"/> of now (<c>InvalidTimeStamp.Expired</c>), and a nonce may be
/// used once per access key while its request could still be fresh (<c>SignatureNonceUsed</c>).
/// </summary>
/// <remarks>
/// Thread-safe. The clock is the given <see cref="TimeProvider"/>. Nonces are remembered in an <see cref="INonceStore"/>
/// until max(now, signed time) + window — after that the request's time is outside the window anyway — and never
/// forgotten earlier: a key whose memory is full is refused (<c>Throttling.User</c>) until nonces expire.
/// </remarks>
public sealed class RequestFreshnessGuard
{
    private readonly RequestFreshnessOptions options;
    private readonly TimeProvider timeProvider;
    private readonly INonceStore nonces;

    /// <summary>Creates a guard.</summary>
    /// <param name="options">The checks to make.</param>
    /// <param name="timeProvider">The server clock.</param>
    /// <param name="nonces">Where nonces are remembered; a <see cref="LocalNonceStore"/> when null.</param>
    public RequestFreshnessGuard(RequestFreshnessOptions options, TimeProvider timeProvider, INonceStore? nonces = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.AllowedClockSkew, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxNoncesPerAccessKey, 1);
        this.options = options;
        this.timeProvider = timeProvider;
        this.nonces = nonces ?? new LocalNonceStore(options);
    }

    /// <summary>
    /// Checks a verified request and, when it passes, remembers its nonce. Returns <see langword="null"/> when the
    /// request is fresh, else the error; a failed signature check is returned unchanged.
    /// </summary>
    /// <param name="check">The outcome of a signature verifier.</param>
    public async ValueTask<EcsError?> CheckAsync(SignatureCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsValid)
        {
            return check.Error;
        }

        var now = timeProvider.GetUtcNow();
        if (options.CheckTimestamp && (check.Timestamp - now).Duration() > options.AllowedClockSkew)
        {
            return SignatureErrors.TimeStampExpired();
        }

        if (!options.CheckNonce)
        {
            return null;
        }

        var expiry = (check.Timestamp > now ? check.Timestamp : now) + options.AllowedClockSkew;
        return await nonces.AdmitAsync(check.AccessKeyId, check.Nonce, expiry, now) switch
        {
            NonceAdmission.Admitted => null,
            NonceAdmission.Replayed => SignatureErrors.SignatureNonceUsed(),
            _ => SignatureErrors.NonceMemoryFull(options.MaxNoncesPerAccessKey),
        };
    }
}
