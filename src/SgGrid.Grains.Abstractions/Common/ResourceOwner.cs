namespace SgGrid.Grains.Abstractions.Common;

/// <summary>The tenant and region a resource belongs to. Every action checks it; no tenant sees another's resources.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.ResourceOwner")]
public sealed record ResourceOwner(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string RegionId);
