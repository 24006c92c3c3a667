using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SgGrid.Domain.Requests;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// The nonces of this silo's verified requests, in one <see cref="NonceWindow"/> per access key (keys are only those that
/// signed correctly, so their number is bounded by the configured credentials). Thread-safe.
/// </summary>
public sealed class LocalNonceStore(RequestFreshnessOptions options) : INonceStore
{
    private readonly ConcurrentDictionary<string, NonceWindow> _windows = new(StringComparer.Ordinal);

    public ValueTask<NonceAdmission> AdmitAsync(string accessKeyId, string nonce, DateTimeOffset expiry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(accessKeyId);
        ArgumentNullException.ThrowIfNull(nonce);
        var window = _windows.GetOrAdd(accessKeyId, _ => new NonceWindow(options.MaxNoncesPerAccessKey, options.NonceBucketWidth));
        var hash = HashOf(nonce);
        lock (window)
        {
            return ValueTask.FromResult(window.TryAdd(hash, expiry, now));
        }
    }

    /// <summary>How many nonces are held for <paramref name="accessKeyId"/> (for tests and diagnostics).</summary>
    public int Count(string accessKeyId)
    {
        if (!_windows.TryGetValue(accessKeyId, out var window))
        {
            return 0;
        }

        lock (window)
        {
            return window.Count;
        }
    }

    /// <summary>The first 128 bits of the nonce's SHA-256: a collision could only refuse a fresh request, never admit a replay.</summary>
    public static UInt128 HashOf(string nonce)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(nonce), digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
    }
}
