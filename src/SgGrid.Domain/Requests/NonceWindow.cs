namespace SgGrid.Domain.Requests;

/// <summary>
/// The nonces one access key used while their requests could still be fresh: each is remembered until its expiry, and
/// none is forgotten before it — when the window holds <see cref="Capacity"/> live nonces, new ones are refused
/// (<see cref="NonceAdmission.Full"/>) instead, so no request can be replayed inside its window at any request rate.
/// </summary>
/// <remarks>
/// Nonces are kept as 128-bit hashes (the caller's), in buckets by expiry <see cref="BucketWidth"/> wide: expired nonces
/// leave a whole bucket at a time, so memory is about 50 bytes per live nonce and the cost of a check does not grow with
/// the count. Not thread-safe. Time comes in as arguments (no clock here).
/// </remarks>
public sealed class NonceWindow
{
    private readonly Dictionary<UInt128, long> _expiries = [];
    private readonly SortedDictionary<long, List<UInt128>> _buckets = [];

    public NonceWindow(int capacity, TimeSpan bucketWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(bucketWidth, TimeSpan.Zero);
        Capacity = capacity;
        BucketWidth = bucketWidth;
    }

    /// <summary>The most live nonces held.</summary>
    public int Capacity { get; }

    /// <summary>The span of expiries that leave together.</summary>
    public TimeSpan BucketWidth { get; }

    /// <summary>Nonces held (live, or expired in a bucket not yet dropped).</summary>
    public int Count => _expiries.Count;

    /// <summary>
    /// Admits <paramref name="nonce"/> until <paramref name="expiry"/>, unless it is held and unexpired at
    /// <paramref name="now"/> (a replay) or the window is full of live nonces.
    /// </summary>
    public NonceAdmission TryAdd(UInt128 nonce, DateTimeOffset expiry, DateTimeOffset now)
    {
        DropExpired(now);
        if (_expiries.TryGetValue(nonce, out var known) && known > now.UtcTicks)
        {
            return NonceAdmission.Replayed;
        }

        if (_expiries.Count >= Capacity && !_expiries.ContainsKey(nonce))
        {
            return NonceAdmission.Full;
        }

        _expiries[nonce] = expiry.UtcTicks;
        var bucket = expiry.UtcTicks / BucketWidth.Ticks;
        if (!_buckets.TryGetValue(bucket, out var members))
        {
            _buckets[bucket] = members = [];
        }

        members.Add(nonce);
        return NonceAdmission.Admitted;
    }

    /// <summary>Drops every bucket whose expiries all lie at or before <paramref name="now"/>.</summary>
    private void DropExpired(DateTimeOffset now)
    {
        while (_buckets.Count > 0)
        {
            var (bucket, members) = _buckets.First();
            if ((bucket + 1) * BucketWidth.Ticks > now.UtcTicks)
            {
                return;
            }

            foreach (var nonce in members)
            {
                // A nonce admitted again after it expired sits in a later bucket too: only an expired entry leaves.
                if (_expiries.TryGetValue(nonce, out var expiry) && expiry <= now.UtcTicks)
                {
                    _expiries.Remove(nonce);
                }
            }

            _buckets.Remove(bucket);
        }
    }
}
