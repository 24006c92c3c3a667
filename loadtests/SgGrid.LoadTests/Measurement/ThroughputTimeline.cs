using System.Diagnostics;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Measurement;

/// <summary>Samples a running counter every interval: throughput over time for the report.</summary>
internal sealed class ThroughputTimeline : IAsyncDisposable
{
    private readonly Func<long> _counter;
    private readonly List<double[]> _points = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly long _started = Stopwatch.GetTimestamp();

    public ThroughputTimeline(Func<long> counter, TimeSpan interval)
    {
        _counter = counter;
        _loop = LoopAsync(interval);
    }

    public ChartSeries Series(string name)
    {
        lock (_points)
        {
            return new ChartSeries(name, [.. _points]);
        }
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        var last = _counter();
        var lastTime = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var now = Stopwatch.GetTimestamp();
                var value = _counter();
                var seconds = Stopwatch.GetElapsedTime(lastTime, now).TotalSeconds;
                lock (_points)
                {
                    _points.Add([Stopwatch.GetElapsedTime(_started, now).TotalSeconds, (value - last) / seconds]);
                }

                last = value;
                lastTime = now;
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
