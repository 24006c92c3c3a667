using System.Collections.Concurrent;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// Rejects stale and replayed requests after their signature verified: the signed time must be within
/// <see cref="RequestFreshnessOptions.AllowedClockSkew"/> of now (<c>InvalidTimeStamp.Expired</c>), and a nonce may be
/// used once per access key while its request could still be fresh (<c>SignatureNonceUsed</c>).
/// </summary>
/// <remarks>
/// Thread-safe. The clock is the given <see cref="TimeProvider"/>. Nonces are remembered per access key until
/// max(now, signed time) + window — after that the request's time is outside the window anyway — and at most
/// <see cref="RequestFreshnessOptions.MaxNoncesPerAccessKey"/> per key. Access keys are only those that signed
/// correctly, so the number of keys is bounded by the configured credentials.
/// </remarks>
public sealed class RequestFreshnessGuard
{
    private readonly RequestFreshnessOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ConcurrentDictionary<string, NonceMemory> nonces = new(StringComparer.Ordinal);

    /// <summary>Creates a guard.</summary>
    /// <param name="options">The checks to make.</param>
    /// <param name="timeProvider">The server clock.</param>
    public RequestFreshnessGuard(RequestFreshnessOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.AllowedClockSkew, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxNoncesPerAccessKey, 1);
        this.options = options;
        this.timeProvider = timeProvider;
    }

    /// <summary>
    /// Checks a verified request and, when it passes, remembers its nonce. Returns <see langword="null"/> when the
    /// request is fresh, else the error; a failed signature check is returned unchanged.
    /// </summary>
    /// <param name="check">The outcome of a signature verifier.</param>
    public EcsError? Check(SignatureCheck check)
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
        var memory = nonces.GetOrAdd(check.AccessKeyId, _ => new NonceMemory(options.MaxNoncesPerAccessKey));
        lock (memory)
        {
            return memory.TryAdd(check.Nonce, expiry, now) ? null : SignatureErrors.SignatureNonceUsed();
        }
    }

    /// <summary>How many nonces are remembered for <paramref name="accessKeyId"/> (for tests and diagnostics).</summary>
    /// <param name="accessKeyId">The access key id.</param>
    public int RememberedNonceCount(string accessKeyId)
    {
        if (!nonces.TryGetValue(accessKeyId, out var memory))
        {
            return 0;
        }

        lock (memory)
        {
            return memory.Count;
        }
    }
}
