using SgGrid.Domain.Snapshots;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Api.Regions.Json;

/// <summary>A snapshot read from a body, or why it could not be (not JSON, not the bundle's shape).</summary>
public sealed record SnapshotReadResult(RegionSnapshot? Snapshot, SnapshotProblem? Problem);
