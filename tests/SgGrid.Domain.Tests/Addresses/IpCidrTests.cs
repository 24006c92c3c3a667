using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Tests.Addresses;

public class IpCidrTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData("10.1.2.3/8", "10.0.0.0/8")]
    [InlineData("192.168.0.100", "192.168.0.100/32")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("2001:DB8::1/32", "2001:db8::/32")]
    [InlineData("::/0", "::/0")]
    [InlineData("2001:db8::1", "2001:db8::1/128")]
    public void TryParse_ValidText_FormatsCanonically(string text, string canonical)
    {
        Assert.True(IpCidr.TryParse(text, out var cidr));
        Assert.Equal(canonical, cidr.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/8")]
    [InlineData("10.0.0.256")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("2001:db8::/129")]
    [InlineData("fe80::1%eth0")]
    [InlineData("1")]
    [InlineData("0x0A000001")]
    public void TryParse_InvalidText_Fails(string text) => Assert.False(IpCidr.TryParse(text, out _));

    [Fact]
    public void Contains_BlockAndAddress_IsExact()
    {
        var block = IpCidr.Parse("10.1.0.0/16");
        Assert.True(block.Contains(NetworkAddress.Parse("10.1.0.0")));
        Assert.True(block.Contains(NetworkAddress.Parse("10.1.255.255")));
        Assert.False(block.Contains(NetworkAddress.Parse("10.2.0.0")));
        Assert.False(block.Contains(NetworkAddress.Parse("10.0.255.255")));
        Assert.True(block.Contains(IpCidr.Parse("10.1.2.0/24")));
        Assert.False(block.Contains(IpCidr.Parse("10.0.0.0/8")));
    }

    [Fact]
    public void Contains_OtherFamily_IsFalse()
    {
        Assert.False(IpCidr.AllOf(IpFamily.IPv4).Contains(NetworkAddress.Parse("::1")));
        Assert.False(IpCidr.AllOf(IpFamily.IPv6).Contains(NetworkAddress.Parse("10.0.0.1")));
        Assert.False(IpCidr.Parse("0.0.0.0/0").Overlaps(IpCidr.Parse("::/0")));
    }

    [Fact]
    public void Overlaps_PartialAndDisjoint_AreDistinguished()
    {
        Assert.True(IpCidr.Parse("10.0.0.0/8").Overlaps(IpCidr.Parse("10.5.0.0/16")));
        Assert.True(IpCidr.Parse("10.5.0.0/16").Overlaps(IpCidr.Parse("10.0.0.0/8")));
        Assert.False(IpCidr.Parse("10.0.0.0/9").Overlaps(IpCidr.Parse("10.128.0.0/9")));
    }

    [Fact]
    public void FirstAndLast_Ipv6Slash0_SpanWholeSpace()
    {
        var all = IpCidr.Parse("::/0");
        Assert.Equal(UInt128.Zero, all.First);
        Assert.Equal(UInt128.MaxValue, all.Last);
    }
}
