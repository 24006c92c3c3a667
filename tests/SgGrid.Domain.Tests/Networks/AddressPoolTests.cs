using SgGrid.Domain.Addresses;
using SgGrid.Domain.Networks;

namespace SgGrid.Domain.Tests.Networks;

public class AddressPoolTests
{
    [Fact]
    public void TryAllocate_Slash29_HandsOutTheFourUsableAddresses()
    {
        var pool = AddressPool.Create(IpCidr.Parse("192.168.1.0/29"));
        var allocated = new List<NetworkAddress>();

        Assert.True(pool.TryAllocate(4, allocated));
        Assert.Equal(["192.168.1.1", "192.168.1.2", "192.168.1.3", "192.168.1.4"], allocated.Select(a => a.ToString()));
        Assert.False(pool.TryAllocate(1, allocated));
        Assert.Equal(0, pool.AvailableCount);
    }

    [Fact]
    public void Restore_FromExportedBits_KeepsCountsAndCursor()
    {
        var pool = AddressPool.Create(IpCidr.Parse("10.0.0.0/16"));
        var allocated = new List<NetworkAddress>();
        pool.TryAllocate(100, allocated);
        pool.Release(allocated[0]);
        Assert.Equal(AddressClaim.Claimed, pool.TryClaim(NetworkAddress.Parse("10.0.200.1")));

        var restored = AddressPool.Restore(pool.Cidr, pool.ExportBits(), pool.Cursor);
        var next = new List<NetworkAddress>();
        restored.TryAllocate(1, next);

        Assert.Equal(pool.AllocatedCount + 1, restored.AllocatedCount);
        Assert.Equal("10.0.0.101", next[0].ToString());
        Assert.True(restored.IsAllocated(NetworkAddress.Parse("10.0.200.1")));
        Assert.Equal(AddressClaim.Reserved, restored.TryClaim(NetworkAddress.Parse("10.0.255.253")));
        Assert.Equal(AddressClaim.OutsideBlock, restored.TryClaim(NetworkAddress.Parse("10.1.0.1")));
    }

    [Fact]
    public void TryAllocate_WholeSlash16_NeverRepeatsAndWraps()
    {
        var pool = AddressPool.Create(IpCidr.Parse("10.0.0.0/16"));
        var allocated = new List<NetworkAddress>();

        Assert.True(pool.TryAllocate(pool.UsableCount, allocated));
        Assert.Equal(65532, allocated.Distinct().Count());
        Assert.False(pool.TryAllocate(1, allocated));

        pool.Release(NetworkAddress.Parse("10.0.0.9"));
        var again = new List<NetworkAddress>();
        Assert.True(pool.TryAllocate(1, again));
        Assert.Equal("10.0.0.9", again[0].ToString());
    }
}
