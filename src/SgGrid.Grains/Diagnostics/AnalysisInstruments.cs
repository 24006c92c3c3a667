using System.Diagnostics.Metrics;

namespace SgGrid.Grains.Diagnostics;

/// <summary>The expensive analyses' instruments, on the meter <c>SgGrid.Analysis</c>. No ids as tag values.</summary>
public sealed class AnalysisInstruments
{
    public const string MeterName = "SgGrid.Analysis";

    public AnalysisInstruments(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        Active = meter.CreateUpDownCounter<long>("sggrid.analysis.active", null,
            "Expensive analyses (what-if diffs, rule health) in progress on the silo.");
        Refused = meter.CreateCounter<long>("sggrid.analysis.refused", null,
            "Analyses refused by a bound, tagged reason=tenant (Throttling.User), silo (Throttling) or time (too complex).");
        Cancelled = meter.CreateCounter<long>("sggrid.analysis.cancelled", null,
            "Analyses stopped because their caller was gone.");
    }

    public UpDownCounter<long> Active { get; }

    public Counter<long> Refused { get; }

    public Counter<long> Cancelled { get; }
}
