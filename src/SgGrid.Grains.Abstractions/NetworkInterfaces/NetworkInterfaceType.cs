namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>An instance's primary ENI, or a secondary one that attaches and detaches.</summary>
public enum NetworkInterfaceType
{
    Secondary = 0,
    Primary = 1,
}
