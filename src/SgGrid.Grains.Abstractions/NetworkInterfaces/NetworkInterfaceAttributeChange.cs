namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>ModifyNetworkInterfaceAttribute's plain attributes: each null field stays as it is.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.NetworkInterfaceAttributeChange")]
public sealed record NetworkInterfaceAttributeChange
{
    [Id(0)] public string? Name { get; init; }
    [Id(1)] public string? Description { get; init; }
    [Id(2)] public bool? DeleteOnRelease { get; init; }
}
