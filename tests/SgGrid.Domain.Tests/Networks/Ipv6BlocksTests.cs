using SgGrid.Domain.Addresses;
using SgGrid.Domain.Networks;

namespace SgGrid.Domain.Tests.Networks;

public class Ipv6BlocksTests
{
    [Theory]
    [InlineData(0, "2408:4000::/56")]
    [InlineData(1, "2408:4000:0:100::/56")]
    [InlineData(256, "2408:4000:1::/56")]
    [InlineData(68_719_476_735, "2408:4fff:ffff:ff00::/56")]
    public void VpcBlock_Number_IsThatSlash56OfThePool(long number, string expected)
    {
        var block = Ipv6Blocks.VpcBlock(number);

        Assert.Equal(expected, block.ToString());
        Assert.True(Ipv6Blocks.VpcPool.Contains(block));
    }

    [Fact]
    public void VpcBlock_BeyondThePool_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ipv6Blocks.VpcBlock(Ipv6Blocks.VpcBlockCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ipv6Blocks.VpcBlock(-1));
    }

    [Theory]
    [InlineData(0, "2408:4000:0:100::/64")]
    [InlineData(12, "2408:4000:0:10c::/64")]
    [InlineData(255, "2408:4000:0:1ff::/64")]
    public void VSwitchBlock_Index_IsThatSlash64OfTheVpc(int index, string expected)
    {
        var vpc = Ipv6Blocks.VpcBlock(1);

        var block = Ipv6Blocks.VSwitchBlock(vpc, index);

        Assert.Equal(expected, block.ToString());
        Assert.True(vpc.Contains(block));
    }

    [Fact]
    public void VSwitchBlock_BadIndexOrBlock_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ipv6Blocks.VSwitchBlock(Ipv6Blocks.VpcBlock(0), 256));
        Assert.Throws<ArgumentException>(() => Ipv6Blocks.VSwitchBlock(IpCidr.Parse("10.0.0.0/16"), 0));
    }
}
