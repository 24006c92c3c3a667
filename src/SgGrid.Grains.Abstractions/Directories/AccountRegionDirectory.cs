using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Directories;

/// <summary>How to reach a tenant's <see cref="IAccountRegionDirectoryGrain"/>.</summary>
public static class AccountRegionDirectory
{
    /// <summary>The directory's key: <c>"{accountId}/{regionId}"</c>.</summary>
    public static string KeyOf(ResourceOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return $"{owner.AccountId}/{owner.RegionId}";
    }

    public static IAccountRegionDirectoryGrain GetAccountRegionDirectory(this IGrainFactory grains, ResourceOwner owner)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IAccountRegionDirectoryGrain>(KeyOf(owner));
    }
}
