using SgGrid.Api.Ecs.Signatures;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Tests.Ecs.Signatures;

public class RequestFreshnessGuardTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static SignatureCheck Signed(DateTimeOffset timestamp, string nonce = "n-1", string accessKeyId = "testid") =>
        SignatureCheck.Success(accessKeyId, timestamp, nonce);

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(-15)]
    public void Check_WithinWindow_Passes(int minutes)
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Null(guard.Check(Signed(Noon.AddMinutes(minutes))));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(-16)]
    public void Check_OutsideWindow_TimeStampExpired(int minutes)
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Equal("InvalidTimeStamp.Expired", guard.Check(Signed(Noon.AddMinutes(minutes)))?.Code);
    }

    [Fact]
    public void Check_TimestampCheckDisabled_AcceptsAnyTime()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions { CheckTimestamp = false }, new ManualTimeProvider(Noon));

        Assert.Null(guard.Check(Signed(Noon.AddYears(-10))));
    }

    [Fact]
    public void Check_NonceReused_SignatureNonceUsed()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Null(guard.Check(Signed(Noon)));
        Assert.Equal(EcsErrorCodes.SignatureNonceUsed, guard.Check(Signed(Noon))?.Code);
        Assert.Equal("SignatureNonceUsed", guard.Check(Signed(Noon.AddMinutes(1)))?.Code);
    }

    [Fact]
    public void Check_SameNonceOtherAccessKey_Passes()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Null(guard.Check(Signed(Noon, accessKeyId: "a")));
        Assert.Null(guard.Check(Signed(Noon, accessKeyId: "b")));
    }

    [Fact]
    public void Check_NonceCheckDisabled_AcceptsReuse()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions { CheckNonce = false }, new ManualTimeProvider(Noon));

        Assert.Null(guard.Check(Signed(Noon)));
        Assert.Null(guard.Check(Signed(Noon)));
        Assert.Equal(0, guard.RememberedNonceCount("testid"));
    }

    [Fact]
    public void Check_NonceOlderThanWindow_IsForgotten()
    {
        var clock = new ManualTimeProvider(Noon);
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), clock);
        Assert.Null(guard.Check(Signed(Noon, "old")));

        clock.Now = Noon.AddMinutes(16);
        Assert.Null(guard.Check(Signed(clock.Now, "new")));

        Assert.Equal(1, guard.RememberedNonceCount("testid"));
        // Replaying the old request now fails on its time, not on memory.
        Assert.Equal("InvalidTimeStamp.Expired", guard.Check(Signed(Noon, "old"))?.Code);
    }

    [Fact]
    public void Check_FutureTimestamp_NonceRememberedUntilItsRequestIsStale()
    {
        var clock = new ManualTimeProvider(Noon);
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), clock);
        var future = Noon.AddMinutes(10);
        Assert.Null(guard.Check(Signed(future, "ahead")));

        clock.Now = Noon.AddMinutes(20);

        Assert.Equal(EcsErrorCodes.SignatureNonceUsed, guard.Check(Signed(future, "ahead"))?.Code);
    }

    [Fact]
    public void Check_MoreNoncesThanCapacity_MemoryStaysBounded()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions { MaxNoncesPerAccessKey = 3 }, new ManualTimeProvider(Noon));

        for (var index = 0; index < 10; index++)
        {
            Assert.Null(guard.Check(Signed(Noon, $"n-{index}")));
        }

        Assert.Equal(3, guard.RememberedNonceCount("testid"));
        Assert.Equal(EcsErrorCodes.SignatureNonceUsed, guard.Check(Signed(Noon, "n-9"))?.Code);
    }

    [Fact]
    public void Check_FailedSignature_ReturnsItsError()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));
        var failure = SignatureCheck.Failure(SignatureErrors.IncompleteSignature());

        Assert.Same(failure.Error, guard.Check(failure));
    }
}
