namespace SgGrid.Api.Ecs.Signatures;

/// <summary>The nonces one access key used recently, each until its expiry, at most a fixed number. Not thread-safe.</summary>
internal sealed class NonceMemory
{
    private readonly Dictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Nonce, DateTimeOffset Expiry)> arrivals = new();
    private readonly int capacity;

    public NonceMemory(int capacity) => this.capacity = capacity;

    public int Count => expiries.Count;

    /// <summary>Records <paramref name="nonce"/> until <paramref name="expiry"/>; false when it is remembered already.</summary>
    public bool TryAdd(string nonce, DateTimeOffset expiry, DateTimeOffset now)
    {
        // Arrival order is nearly expiry order (expiry = max(now, signed time) + window), so trimming from the front
        // forgets almost everything that expired; a straggler lingers at most one window longer.
        while (arrivals.Count > 0 && (arrivals.Peek().Expiry <= now || expiries.Count >= capacity))
        {
            Forget(arrivals.Dequeue());
        }

        if (expiries.TryGetValue(nonce, out var known) && known > now)
        {
            return false;
        }

        expiries[nonce] = expiry;
        arrivals.Enqueue((nonce, expiry));
        return true;
    }

    private void Forget((string Nonce, DateTimeOffset Expiry) arrival)
    {
        // The same nonce may have been re-added after it expired; only the entry this arrival made is removed.
        if (expiries.TryGetValue(arrival.Nonce, out var known) && known == arrival.Expiry)
        {
            expiries.Remove(arrival.Nonce);
        }
    }
}
