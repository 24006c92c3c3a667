using SgGrid.Domain.Requests;

namespace SgGrid.Domain.Tests.Requests;

public sealed class NonceWindowTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryAdd_SameNonceBeforeItsExpiry_IsReplayed()
    {
        var window = new NonceWindow(10, TimeSpan.FromMinutes(1));
        Assert.Equal(NonceAdmission.Admitted, window.TryAdd(1, Noon.AddMinutes(15), Noon));

        Assert.Equal(NonceAdmission.Replayed, window.TryAdd(1, Noon.AddMinutes(29), Noon.AddMinutes(14).AddSeconds(59)));
    }

    [Fact]
    public void TryAdd_AfterItsExpiry_IsAdmittedAgain_AndExpiredBucketsLeave()
    {
        var window = new NonceWindow(10, TimeSpan.FromMinutes(1));
        window.TryAdd(1, Noon.AddMinutes(15), Noon);
        window.TryAdd(2, Noon.AddMinutes(20), Noon);

        Assert.Equal(NonceAdmission.Admitted, window.TryAdd(1, Noon.AddMinutes(31), Noon.AddMinutes(16)));
        Assert.Equal(2, window.Count);
        Assert.Equal(NonceAdmission.Admitted, window.TryAdd(3, Noon.AddMinutes(40), Noon.AddMinutes(25)));
        Assert.Equal(2, window.Count); // 2 left with its bucket; 1 (re-admitted) and 3 stay
    }

    [Fact]
    public void TryAdd_Full_RefusesNewNonces_AndKeepsEveryHeldOne()
    {
        var window = new NonceWindow(2, TimeSpan.FromMinutes(1));
        window.TryAdd(1, Noon.AddMinutes(15), Noon);
        window.TryAdd(2, Noon.AddMinutes(15), Noon);

        Assert.Equal(NonceAdmission.Full, window.TryAdd(3, Noon.AddMinutes(15), Noon));
        Assert.Equal(NonceAdmission.Replayed, window.TryAdd(1, Noon.AddMinutes(15), Noon.AddMinutes(1)));
        Assert.Equal(NonceAdmission.Admitted, window.TryAdd(3, Noon.AddMinutes(31), Noon.AddMinutes(16)));
    }
}
