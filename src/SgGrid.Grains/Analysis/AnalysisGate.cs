using Microsoft.Extensions.Options;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Diagnostics;

namespace SgGrid.Grains.Analysis;

/// <summary>
/// The silo's bounds on expensive analyses (what-if diffs, rule health): at most
/// <see cref="AnalysisOptions.MaxConcurrentAnalysesPerTenant"/> of one tenant in progress (one more is refused at once
/// with <c>Throttling.User</c>), and at most <see cref="AnalysisOptions.MaxConcurrentAnalyses"/> computing at once,
/// all tenants together (a computation waits up to <see cref="AnalysisOptions.MaxAnalysisWait"/> for a slot, then is
/// refused with <c>Throttling</c>). Each analysis holds an <see cref="AnalysisLease"/> whose token ends with its caller
/// or its time.
/// </summary>
public sealed class AnalysisGate : IDisposable
{
    private readonly Dictionary<string, int> _inProgress = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots;
    private int _waiting;

    public AnalysisGate(IOptions<AnalysisOptions> options, AnalysisInstruments instruments)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        Instruments = instruments ?? throw new ArgumentNullException(nameof(instruments));
        _slots = new SemaphoreSlim(Options.MaxConcurrentAnalyses, Options.MaxConcurrentAnalyses);
    }

    public AnalysisOptions Options { get; }

    internal AnalysisInstruments Instruments { get; }

    /// <summary>Analyses waiting for one of the silo's computing slots.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Computing slots of the silo free now.</summary>
    public int FreeSlots => _slots.CurrentCount;

    /// <summary>Analyses of <paramref name="accountId"/> in progress on this silo.</summary>
    public int InProgress(string accountId)
    {
        lock (_inProgress)
        {
            return _inProgress.GetValueOrDefault(accountId);
        }
    }

    /// <summary>
    /// Starts an analysis for <paramref name="accountId"/>, or null when the tenant already has its allowed analyses in
    /// progress (answer <see cref="Errors.AnalysisErrors.TenantBusy"/>). Dispose the lease when the analysis ends.
    /// </summary>
    /// <param name="accountId">The tenant the analysis is for.</param>
    /// <param name="tooLong">The answer when the analysis runs past <see cref="AnalysisOptions.MaxAnalysisTime"/>, given a detail.</param>
    /// <param name="cancellationToken">The caller's: when it is gone, the analysis stops.</param>
    public AnalysisLease? TryBegin(string accountId, Func<string, EcsError> tooLong, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        lock (_inProgress)
        {
            var count = _inProgress.GetValueOrDefault(accountId);
            if (count >= Options.MaxConcurrentAnalysesPerTenant)
            {
                Instruments.Refused.Add(1, new KeyValuePair<string, object?>("reason", "tenant"));
                return null;
            }

            _inProgress[accountId] = count + 1;
        }

        Instruments.Active.Add(1);
        return new AnalysisLease(this, accountId, tooLong, cancellationToken);
    }

    internal void End(string accountId)
    {
        lock (_inProgress)
        {
            var count = _inProgress.GetValueOrDefault(accountId) - 1;
            if (count <= 0)
            {
                _inProgress.Remove(accountId); // no entry per tenant left behind
            }
            else
            {
                _inProgress[accountId] = count;
            }
        }

        Instruments.Active.Add(-1);
    }

    /// <summary>Waits for a computing slot up to <see cref="AnalysisOptions.MaxAnalysisWait"/>; false when none came.</summary>
    internal async Task<bool> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            return await _slots.WaitAsync(Options.MaxAnalysisWait, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    internal void Leave() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
