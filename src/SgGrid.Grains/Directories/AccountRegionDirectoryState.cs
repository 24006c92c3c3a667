using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Grains.Directories;

/// <summary>A tenant directory's persisted state: every summary, by resource id (ids are unique across kinds by their prefixes).</summary>
[GenerateSerializer, Alias("sggrid.AccountRegionDirectoryState")]
public sealed class AccountRegionDirectoryState
{
    [Id(0)] public Dictionary<string, ResourceSummary> Resources { get; set; } = [];
}
