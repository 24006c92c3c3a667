using System.Diagnostics;
using HdrHistogram;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Measurement;

/// <summary>A thread-safe HdrHistogram of latencies in microseconds (1 µs to 1 h, 3 significant digits).</summary>
internal sealed class LatencyHistogram
{
    private readonly LongConcurrentHistogram _histogram = new(1, 3_600_000_000L, 3);

    public long Count => _histogram.TotalCount;

    /// <summary>Records the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void RecordSince(long startTimestamp) => RecordMicroseconds(Stopwatch.GetElapsedTime(startTimestamp).TotalMicroseconds);

    public void RecordMilliseconds(double milliseconds) => RecordMicroseconds(milliseconds * 1000);

    public void RecordMicroseconds(double microseconds) => _histogram.RecordValue(Math.Clamp((long)Math.Round(microseconds), 1, 3_600_000_000L));

    /// <summary>The value at <paramref name="percentile"/> (0-100), in milliseconds; NaN when empty.</summary>
    public double Milliseconds(double percentile) => Count == 0 ? double.NaN : _histogram.GetValueAtPercentile(percentile) / 1000.0;

    public double MaxMilliseconds => Count == 0 ? double.NaN : _histogram.GetMaxValue() / 1000.0;

    public double MeanMilliseconds => Count == 0 ? double.NaN : _histogram.GetMean() / 1000.0;

    /// <summary>Adds p50/p90/p99/p99.9/max figures named <c>{prefix}P50Ms</c>… to <paramref name="result"/>.</summary>
    public void AddFigures(RunResult result, string prefix, string label)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.Add(prefix + "Count", label + ": samples", Count, "");
        result.Add(prefix + "P50Ms", label + ": p50", Milliseconds(50), "ms");
        result.Add(prefix + "P99Ms", label + ": p99", Milliseconds(99), "ms");
        result.Add(prefix + "P999Ms", label + ": p99.9", Milliseconds(99.9), "ms");
        result.Add(prefix + "MaxMs", label + ": max", MaxMilliseconds, "ms");
    }

    /// <summary>The latency distribution as (1 / (1 - quantile), milliseconds) points, for a log-x percentile chart.</summary>
    public ChartSeries Distribution(string name)
    {
        double[] percentiles = [0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 100];
        var points = Count == 0
            ? []
            : percentiles.Select(p => new[] { 1 / (1 - Math.Min(p, 99.999) / 100), Milliseconds(p) }).ToList();
        return new ChartSeries(name, points);
    }

    /// <summary>The cumulative distribution as (milliseconds, share of samples ≤) points.</summary>
    public ChartSeries Cdf(string name)
    {
        var points = new List<double[]>();
        if (Count > 0)
        {
            for (var p = 0; p <= 100; p += 2)
            {
                points.Add([Milliseconds(p), p / 100.0]);
            }

            points.Add([MaxMilliseconds, 1.0]);
        }

        return new ChartSeries(name, points);
    }
}
