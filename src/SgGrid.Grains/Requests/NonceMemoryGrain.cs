using SgGrid.Domain.Requests;
using SgGrid.Grains.Abstractions.Requests;

namespace SgGrid.Grains.Requests;

/// <summary>One access key's nonce memory for the whole cluster: a <see cref="NonceWindow"/> held in memory.</summary>
public sealed class NonceMemoryGrain : Grain, INonceMemoryGrain
{
    /// <summary>The longest a nonce is remembered: a request signed 15 minutes ahead stays fresh 15 minutes past then.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromMinutes(31);

    private NonceWindow? _window;

    public Task<NonceMemoryAnswer> AdmitAsync(ulong hashHigh, ulong hashLow, DateTimeOffset expiry, DateTimeOffset now, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);

        // The first caller's capacity sizes the window (every silo reads the same configuration).
        _window ??= new NonceWindow(capacity, TimeSpan.FromMinutes(1));

        // Idle collection must not forget nonces whose requests are still fresh.
        DelayDeactivation(KeepAlive);
        return Task.FromResult(_window.TryAdd(new UInt128(hashHigh, hashLow), expiry, now) switch
        {
            NonceAdmission.Admitted => NonceMemoryAnswer.Admitted,
            NonceAdmission.Replayed => NonceMemoryAnswer.Replayed,
            _ => NonceMemoryAnswer.Full,
        });
    }
}
