using SgGrid.Domain.Evaluation;

namespace SgGrid.Api.Regions.Importing;

/// <summary>What ImportRegion checks rules with: the grains' emulation switches (<c>SgGrid:Grains:Emulation</c>), read by the endpoint.</summary>
public sealed record RegionImportSettings(EmulationOptions Emulation);
