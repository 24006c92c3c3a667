using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Tests.Addresses;

public class AddressSetTests
{
    [Fact]
    public void FromCidrs_OverlappingAndAdjacent_MergesToMinimalBlocks()
    {
        var set = AddressSet.Of(IpCidr.Parse("10.0.0.0/25"), IpCidr.Parse("10.0.0.128/25"), IpCidr.Parse("10.0.0.5/32"));
        Assert.Equal(["10.0.0.0/24"], set.ToCidrs().Select(c => c.ToString()));
    }

    [Fact]
    public void Equals_SameAddressesDifferentBlocks_AreEqual()
    {
        var a = AddressSet.Of(IpCidr.Parse("10.0.0.0/24"), IpCidr.Parse("2001:db8::/64"));
        var b = AddressSet.Of(IpCidr.Parse("2001:db8::/65"), IpCidr.Parse("2001:db8:0:0:8000::/65"), IpCidr.Parse("10.0.0.0/25"), IpCidr.Parse("10.0.0.128/25"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Contains_MixedFamilies_ChecksTheRightFamily()
    {
        var set = AddressSet.Of(IpCidr.Parse("10.0.0.1"), IpCidr.Parse("2001:db8::1"));
        Assert.True(set.Contains(NetworkAddress.Parse("10.0.0.1")));
        Assert.True(set.Contains(NetworkAddress.Parse("2001:db8::1")));
        Assert.False(set.Contains(NetworkAddress.Parse("10.0.0.2")));
        Assert.False(set.Contains(NetworkAddress.Parse("::a00:1")));
    }

    [Fact]
    public void ToCidrs_UnalignedRange_SplitsIntoAlignedBlocks()
    {
        var set = AddressSet.FromAddresses(Enumerable.Range(1, 6).Select(i => NetworkAddress.FromIPv4((uint)(0x0A000000 + i))));
        Assert.Equal(["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"], set.ToCidrs().Select(c => c.ToString()));
    }
}
