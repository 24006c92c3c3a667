namespace SgGrid.Grains.Abstractions.Directories;

/// <summary>
/// Names of <see cref="ResourceSummary.Attributes"/> that VPCs, vSwitches and prefix lists register, so Describe* calls can
/// filter on them through <see cref="ResourceQuery.Attributes"/>.
/// </summary>
public static class NetworkResourceAttributes
{
    /// <summary>VPCs and vSwitches: <c>true</c> when they have an IPv6 block, else <c>false</c>.</summary>
    public const string EnableIpv6 = "EnableIpv6";

    /// <summary>Prefix lists: <c>IPv4</c> or <c>IPv6</c>.</summary>
    public const string AddressFamily = "AddressFamily";
}
