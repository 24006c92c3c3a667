namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>Fixed ECS limits of one ENI, shared by the grains (which enforce them) and the API (which validates requests).</summary>
public static class NetworkInterfaceLimits
{
    /// <summary>
    /// Secondary private IPv4 addresses per ENI: 49, ECS's figure for an ENI that is not attached (attached ones depend on the
    /// instance type; SgGrid does not model types, so one figure applies).
    /// </summary>
    public const int SecondaryPrivateIpAddresses = 49;
}
