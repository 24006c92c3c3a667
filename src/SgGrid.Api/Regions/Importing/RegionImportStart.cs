using SgGrid.Grains.Abstractions.Regions;

namespace SgGrid.Api.Regions.Importing;

/// <summary>A started import job: its first status, and the task that ends with its last.</summary>
public sealed record RegionImportStart(RegionImportJobStatus Job, Task<RegionImportJobStatus> Completion);
