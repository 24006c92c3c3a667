namespace SgGrid.LoadTests.Regions;

/// <summary>A synthetic region built through the grains: its groups and ENIs as planned, and how long building took.</summary>
internal sealed class BuiltRegion
{
    public required IReadOnlyList<RegionGroup> Groups { get; init; }

    public required IReadOnlyList<RegionNetworkInterface> NetworkInterfaces { get; init; }

    /// <summary>ENIs by VPC id.</summary>
    public required IReadOnlyDictionary<string, RegionNetworkInterface[]> ByVpc { get; init; }

    public required IReadOnlyDictionary<string, RegionGroup> GroupsById { get; init; }

    public double BuildSeconds { get; init; }
}
