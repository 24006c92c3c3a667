using System.Collections.Immutable;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>A snapshot's check: the plan to load when nothing is wrong, otherwise every problem found (and no plan).</summary>
public sealed record SnapshotValidation(RegionImportPlan? Plan, ImmutableArray<SnapshotProblem> Problems)
{
    public bool Succeeded => Plan is not null && Problems.IsEmpty;
}
