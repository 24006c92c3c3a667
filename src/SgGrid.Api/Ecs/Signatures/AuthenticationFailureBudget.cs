using System.Collections.Concurrent;
using System.Net;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// A token bucket of failed authentications per client address: each failure spends one, the bucket refills at a steady
/// rate, and an address with an empty bucket is refused (<c>Throttling</c>) before anything of its request is read.
/// </summary>
/// <remarks>
/// Thread-safe; the clock is the given <see cref="TimeProvider"/>. Only failures spend: a client that signs correctly is never
/// slowed. At most <see cref="AuthenticationFailureOptions.MaxTrackedAddresses"/> addresses are held.
/// </remarks>
public sealed class AuthenticationFailureBudget
{
    private readonly ConcurrentDictionary<IPAddress, Bucket> buckets = new();
    private readonly AuthenticationFailureOptions options;
    private readonly TimeProvider timeProvider;

    public AuthenticationFailureBudget(AuthenticationFailureOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = options;
        this.timeProvider = timeProvider;
    }

    /// <summary>How many addresses are tracked (for tests and diagnostics).</summary>
    public int TrackedAddresses => buckets.Count;

    /// <summary>Whether <paramref name="address"/> has no failures left to spend.</summary>
    public bool IsExhausted(IPAddress? address)
    {
        if (address is null || !buckets.TryGetValue(address, out var bucket))
        {
            return false;
        }

        lock (bucket)
        {
            return bucket.Available(Now, options) < 1;
        }
    }

    /// <summary>Spends one failure of <paramref name="address"/>'s budget.</summary>
    public void RecordFailure(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }

        if (!buckets.TryGetValue(address, out var bucket))
        {
            if (buckets.Count >= options.MaxTrackedAddresses && !MakeRoom())
            {
                return;
            }

            bucket = buckets.GetOrAdd(address, _ => new Bucket(options.FailuresPerAddress, Now));
        }

        lock (bucket)
        {
            bucket.Spend(Now, options);
        }
    }

    private double Now => timeProvider.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;

    /// <summary>Forgets every address whose budget has refilled; false when none has.</summary>
    private bool MakeRoom()
    {
        var now = Now;
        var freed = false;
        foreach (var (address, bucket) in buckets)
        {
            bool full;
            lock (bucket)
            {
                full = bucket.Available(now, options) >= options.FailuresPerAddress;
            }

            if (full && buckets.TryRemove(address, out _))
            {
                freed = true;
            }
        }

        return freed;
    }

    private sealed class Bucket(double tokens, double at)
    {
        private double _tokens = tokens;
        private double _at = at;

        public double Available(double now, AuthenticationFailureOptions options) =>
            Math.Min(options.FailuresPerAddress, _tokens + (Math.Max(0, now - _at) * options.RefillPerSecond));

        public void Spend(double now, AuthenticationFailureOptions options)
        {
            _tokens = Math.Max(0, Available(now, options) - 1);
            _at = now;
        }
    }
}
