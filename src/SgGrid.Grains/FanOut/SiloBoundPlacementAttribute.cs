using Orleans.Placement;

namespace SgGrid.Grains.FanOut;

/// <summary>Marks a grain class whose key is a silo address: it is activated on that silo (<see cref="SiloBoundPlacement"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloBoundPlacementAttribute() : PlacementAttribute(SiloBoundPlacement.Instance);
