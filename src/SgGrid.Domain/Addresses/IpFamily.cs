namespace SgGrid.Domain.Addresses;

/// <summary>The address family of an address, a CIDR block or a flow.</summary>
public enum IpFamily : byte
{
    IPv4 = 4,
    IPv6 = 6,
}
