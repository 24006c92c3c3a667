using System.Collections.Concurrent;
using SgGrid.LoadTests.Measurement;

namespace SgGrid.LoadTests.Api;

/// <summary>Per action: latency from the request's due time (coordinated omission included), service time, errors by code.</summary>
internal sealed class ActionStatistics(string action, string kind)
{
    private long _errors;

    public string Action { get; } = action;

    public string Kind { get; } = kind;

    /// <summary>From the time the request was due to its answer (what a fixed-rate client sees).</summary>
    public LatencyHistogram Latency { get; } = new();

    /// <summary>From sending to the answer.</summary>
    public LatencyHistogram Service { get; } = new();

    public long Errors => Interlocked.Read(ref _errors);

    public ConcurrentDictionary<string, long> ErrorCodes { get; } = new(StringComparer.Ordinal);

    public void Fail(string code)
    {
        Interlocked.Increment(ref _errors);
        ErrorCodes.AddOrUpdate(code, 1, (_, n) => n + 1);
    }
}
