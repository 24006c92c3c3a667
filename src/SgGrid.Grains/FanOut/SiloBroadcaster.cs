using SgGrid.Grains.Abstractions.FanOut;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Grains.FanOut;

/// <summary>
/// Sends a group's snapshot to every active silo's <see cref="ISiloGroupCacheGrain"/>: one message per silo, whatever the
/// number of members (docs/fan-out.md). A per-silo service (the group grains of this silo share it).
/// </summary>
public sealed class SiloBroadcaster(IClusterMembershipService membership, IGrainFactory grains)
{
    /// <summary>The silos that host activations now.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos()
    {
        var silos = new List<SiloAddress>();
        foreach (var member in membership.CurrentSnapshot.Members.Values)
        {
            if (member.Status == SiloStatus.Active)
            {
                silos.Add(member.SiloAddress);
            }
        }

        return silos;
    }

    /// <summary>
    /// Delivers <paramref name="snapshot"/> of a group of <paramref name="scope"/> to every active silo; returns the silos that
    /// could not be told with the reason (a silo that is going away takes its members with it).
    /// </summary>
    public async Task<IReadOnlyList<(SiloAddress Silo, Exception Error)>> BroadcastAsync(string? scope, GroupSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var silos = ActiveSilos();
        var failures = new List<(SiloAddress, Exception)>();
        // The root factory: silo grains are process-wide, never scoped to a what-if scenario.
        await Task.WhenAll(silos.Select(async silo =>
        {
            try
            {
                await grains.GetGrain<ISiloGroupCacheGrain>(silo.ToParsableString()).ApplyAsync(scope, snapshot);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                lock (failures)
                {
                    failures.Add((silo, exception));
                }
            }
        }));
        return failures;
    }
}
