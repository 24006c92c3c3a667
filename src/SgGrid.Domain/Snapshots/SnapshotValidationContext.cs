using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Validation;

namespace SgGrid.Domain.Snapshots;

/// <summary>What a snapshot is checked against: the importing tenant, the region and its zones, its quotas and the emulation switches.</summary>
public sealed record SnapshotValidationContext(
    string AccountId,
    string RegionId,
    IReadOnlySet<string> ZoneIds,
    SecurityGroupQuotas Quotas,
    EmulationOptions Emulation)
{
    /// <summary>At most this many problems are reported (a broken bundle can have one per item).</summary>
    public int MaxProblems { get; init; } = 1000;

    /// <summary>The most entries a prefix list may be created for (the grains' per-list limit).</summary>
    public int MaxPrefixListEntries { get; init; } = 200;
}
