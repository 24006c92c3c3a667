using System.Diagnostics.Metrics;

namespace SgGrid.Api.Diagnostics;

/// <summary>The endpoint's instruments, on the meter <c>SgGrid.Api</c>. Tags are the action and the answer's code, never ids.</summary>
public sealed class ApiInstruments
{
    public const string MeterName = "SgGrid.Api";

    /// <summary>The code tag of a success.</summary>
    public const string SuccessCode = "Success";

    public ApiInstruments(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        Requests = meter.CreateCounter<long>("sggrid.api.requests", null,
            "Requests answered, tagged by action and code (Success or the ECS error code).");
        RequestDuration = meter.CreateHistogram<double>("sggrid.api.request.duration", "s",
            "Time from reading a request to its answer being written, tagged by action.");
    }

    public Counter<long> Requests { get; }

    public Histogram<double> RequestDuration { get; }

    /// <summary>Records one answered request; <paramref name="action"/> is a served action's name or <c>unknown</c>.</summary>
    public void Record(string action, string code, TimeSpan duration)
    {
        var actionTag = new KeyValuePair<string, object?>("action", action);
        Requests.Add(1, actionTag, new KeyValuePair<string, object?>("code", code));
        RequestDuration.Record(duration.TotalSeconds, actionTag);
    }
}
