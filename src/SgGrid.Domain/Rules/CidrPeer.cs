using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Rules;

/// <summary>An IPv4 or IPv6 CIDR block (or single address).</summary>
public sealed record CidrPeer(IpCidr Cidr) : RemotePeer
{
    public override string ToString() => Cidr.ToString();
}
