using SgGrid.Grains.Abstractions.Requests;

namespace SgGrid.Grains.Tests.Requests;

/// <summary>The cluster's nonce memory: one activation per access key answers every silo's gateway.</summary>
[Collection(SharedCluster.Name)]
public sealed class NonceMemoryGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AdmitAsync_SameNonceTwice_IsReplayed_OtherKeyIndependent()
    {
        var key = "key-" + Guid.NewGuid().ToString("N");
        var memory = fixture.Grains.GetGrain<INonceMemoryGrain>(key);

        Assert.Equal(NonceMemoryAnswer.Admitted, await memory.AdmitAsync(7, 9, Noon.AddMinutes(15), Noon, 100));
        Assert.Equal(NonceMemoryAnswer.Replayed, await memory.AdmitAsync(7, 9, Noon.AddMinutes(16), Noon.AddMinutes(1), 100));
        Assert.Equal(NonceMemoryAnswer.Admitted, await fixture.Grains.GetGrain<INonceMemoryGrain>(key + "-other").AdmitAsync(7, 9, Noon.AddMinutes(15), Noon, 100));
    }

    [Fact]
    public async Task AdmitAsync_Full_IsFull()
    {
        var memory = fixture.Grains.GetGrain<INonceMemoryGrain>("key-" + Guid.NewGuid().ToString("N"));
        await memory.AdmitAsync(0, 1, Noon.AddMinutes(15), Noon, 1);

        Assert.Equal(NonceMemoryAnswer.Full, await memory.AdmitAsync(0, 2, Noon.AddMinutes(15), Noon, 1));
    }
}
