namespace SgGrid.Grains.FanOut;

/// <summary>
/// Places a grain on the silo its key names (<c>SiloAddress.ToParsableString()</c>): one activation per silo that other
/// grains can address by the silo's address (<see cref="SiloBoundPlacementDirector"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.SiloBoundPlacement")]
public sealed class SiloBoundPlacement : PlacementStrategy
{
    internal static readonly SiloBoundPlacement Instance = new();
}
