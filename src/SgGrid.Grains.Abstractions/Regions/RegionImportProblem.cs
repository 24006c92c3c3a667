namespace SgGrid.Grains.Abstractions.Regions;

/// <summary>Why an import job failed: where in the snapshot (a JSON path), the ECS code, and why.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.RegionImportProblem")]
public sealed record RegionImportProblem(
    [property: Id(0)] string Path,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message);
