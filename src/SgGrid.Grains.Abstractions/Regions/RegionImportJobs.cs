using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Regions;

/// <summary>How to reach a tenant region's <see cref="IRegionImportJobGrain"/>.</summary>
public static class RegionImportJobs
{
    public static string KeyOf(ResourceOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return $"{owner.AccountId}/{owner.RegionId}";
    }

    public static IRegionImportJobGrain GetRegionImportJobs(this IGrainFactory grains, ResourceOwner owner)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IRegionImportJobGrain>(KeyOf(owner));
    }
}
