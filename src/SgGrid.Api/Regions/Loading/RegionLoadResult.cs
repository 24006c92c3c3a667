using System.Collections.Immutable;
using SgGrid.Domain.Snapshots;

namespace SgGrid.Api.Regions.Loading;

/// <summary>What a load did: the problems that stopped it (conflicts found before loading, or a grain's refusal), else none.</summary>
public sealed record RegionLoadResult(ImmutableArray<SnapshotProblem> Problems)
{
    public bool Succeeded => Problems.IsEmpty;
}
