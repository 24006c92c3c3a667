using System.Globalization;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.Analysis;

/// <summary>
/// One analysis in progress (<see cref="AnalysisGate.TryBegin"/>): its <see cref="Token"/> ends when the caller is gone
/// or <see cref="AnalysisOptions.MaxAnalysisTime"/> has passed, and its CPU-bound steps run through
/// <see cref="ComputeAsync{T}"/>, one of the silo's bounded slots each. A step stopped by the time answers
/// <see cref="AnalysisRefusedException"/>; one stopped because the caller is gone throws
/// <see cref="OperationCanceledException"/> (nobody reads the answer).
/// </summary>
public sealed class AnalysisLease : IDisposable
{
    private readonly AnalysisGate _gate;
    private readonly string _accountId;
    private readonly Func<string, EcsError> _tooLong;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource _bound;
    private int _ended;
    private int _counted;

    internal AnalysisLease(AnalysisGate gate, string accountId, Func<string, EcsError> tooLong, CancellationToken caller)
    {
        _gate = gate;
        _accountId = accountId;
        _tooLong = tooLong;
        _caller = caller;
        _bound = CancellationTokenSource.CreateLinkedTokenSource(caller);
        _bound.CancelAfter(gate.Options.MaxAnalysisTime);
    }

    /// <summary>Ends when the caller is gone or the analysis' time is up.</summary>
    public CancellationToken Token => _bound.Token;

    /// <summary>Throws when the analysis must stop (between its asynchronous steps).</summary>
    public void ThrowIfStopped()
    {
        if (_bound.IsCancellationRequested)
        {
            throw Stopped(new OperationCanceledException(Token));
        }
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool in one of the silo's slots, with <see cref="Token"/>.</summary>
    public async Task<T> ComputeAsync<T>(Func<CancellationToken, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        ThrowIfStopped();
        bool entered;
        try
        {
            entered = await _gate.EnterAsync(Token);
        }
        catch (OperationCanceledException cancelled)
        {
            throw Stopped(cancelled);
        }

        if (!entered)
        {
            _gate.Instruments.Refused.Add(1, new KeyValuePair<string, object?>("reason", "silo"));
            throw new AnalysisRefusedException(AnalysisErrors.SiloBusy());
        }

        try
        {
            var token = Token;
            return await Task.Run(() => work(token), token);
        }
        catch (OperationCanceledException cancelled)
        {
            throw Stopped(cancelled);
        }
        finally
        {
            _gate.Leave();
        }
    }

    private Exception Stopped(OperationCanceledException cancelled)
    {
        var first = Interlocked.Exchange(ref _counted, 1) == 0;
        if (_caller.IsCancellationRequested)
        {
            if (first)
            {
                _gate.Instruments.Cancelled.Add(1);
            }

            return cancelled;
        }

        if (first)
        {
            _gate.Instruments.Refused.Add(1, new KeyValuePair<string, object?>("reason", "time"));
        }

        var seconds = _gate.Options.MaxAnalysisTime.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return new AnalysisRefusedException(_tooLong($"it ran past the {seconds} s an analysis may take"));
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            _bound.Dispose();
            _gate.End(_accountId);
        }
    }
}
