using SgGrid.Grains.Abstractions.Regions;

namespace SgGrid.Grains.Regions;

/// <summary>The last jobs of a region, oldest first (at most <see cref="IRegionImportJobGrain.MaxJobs"/>).</summary>
[GenerateSerializer, Alias("sggrid.RegionImportJobState")]
public sealed class RegionImportJobState
{
    [Id(0)] public List<RegionImportJobStatus> Jobs { get; set; } = [];
}
