using Orleans.Runtime.Placement;

namespace SgGrid.Grains.FanOut;

/// <summary>
/// Chooses the silo a <see cref="SiloBoundPlacement"/> grain's key names. A silo that is gone (or not compatible) is refused
/// rather than replaced by another: an activation elsewhere would receive that silo's news and tell nobody.
/// </summary>
internal sealed class SiloBoundPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = target.GrainIdentity.Key.ToString();
        var silo = SiloAddress.FromParsableString(key);
        foreach (var compatible in context.GetCompatibleSilos(target))
        {
            if (compatible.Equals(silo))
            {
                return Task.FromResult(compatible);
            }
        }

        throw new SiloUnavailableException($"Silo {key} is not an active silo of the cluster.");
    }
}
