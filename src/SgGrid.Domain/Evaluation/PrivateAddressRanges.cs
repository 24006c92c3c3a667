using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Evaluation;

/// <summary>
/// The private ranges: RFC 1918, 100.64.0.0/10 and IPv6 ULA fc00::/7. Part of every ENI's internal network, with its VPC's
/// blocks (<see cref="InternalAddresses"/>, decision D2).
/// </summary>
public static class PrivateAddressRanges
{
    public static AddressSet Set { get; } = AddressSet.Of(
        IpCidr.Parse("10.0.0.0/8"),
        IpCidr.Parse("172.16.0.0/12"),
        IpCidr.Parse("192.168.0.0/16"),
        IpCidr.Parse("100.64.0.0/10"),
        IpCidr.Parse("fc00::/7"));

    public static bool Contains(NetworkAddress address) => Set.Contains(address);
}
