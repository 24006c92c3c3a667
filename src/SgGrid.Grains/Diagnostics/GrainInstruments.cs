using System.Diagnostics.Metrics;

namespace SgGrid.Grains.Diagnostics;

/// <summary>The grains' instruments, on the meter <c>SgGrid.Grains</c>. No ids as tag values.</summary>
public sealed class GrainInstruments
{
    public const string MeterName = "SgGrid.Grains";

    public GrainInstruments(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        var meter = _meter;
        FanOutConvergence = meter.CreateHistogram<double>("sggrid.fanout.convergence.duration", "s",
            "Time from a group change to the last member ENI serving it.");
        FilterCompileDuration = meter.CreateHistogram<double>("sggrid.filter.compile.duration", "s",
            "Time to build and compile one ENI's effective policy (cache misses only).");
        FilterCacheLookups = meter.CreateCounter<long>("sggrid.filter.cache.lookups", null,
            "Compiled-filter cache lookups, tagged hit=true|false.");
        FlowsEvaluated = meter.CreateCounter<long>("sggrid.flows.evaluated", null,
            "Flow decisions made by ENI filters, tagged by direction and verdict.");
    }

    private readonly Meter _meter;

    public Histogram<double> FanOutConvergence { get; }

    public Histogram<double> FilterCompileDuration { get; }

    public Counter<long> FilterCacheLookups { get; }

    public Counter<long> FlowsEvaluated { get; }

    /// <summary>Publishes the number of distinct compiled filters a silo holds (<c>sggrid.filter.cache.entries</c>).</summary>
    public void ObserveFilterCacheEntries(Func<int> count) =>
        _meter.CreateObservableGauge("sggrid.filter.cache.entries", count, null, "Distinct compiled ENI filters held by the silo (shared by ENIs with equal inputs).");
}
