using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Replay;

/// <summary>How to reach a tenant region's <see cref="IReplayJobGrain"/>.</summary>
public static class ReplayJobs
{
    public static string KeyOf(ResourceOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return $"{owner.AccountId}/{owner.RegionId}";
    }

    public static IReplayJobGrain GetReplayJobs(this IGrainFactory grains, ResourceOwner owner)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IReplayJobGrain>(KeyOf(owner));
    }
}
