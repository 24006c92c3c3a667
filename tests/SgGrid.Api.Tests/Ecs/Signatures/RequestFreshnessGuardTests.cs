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
    public async Task Check_WithinWindow_Passes(int minutes)
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Null((await guard.CheckAsync(Signed(Noon.AddMinutes(minutes)))));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(-16)]
    public async Task Check_OutsideWindow_TimeStampExpired(int minutes)
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Equal("InvalidTimeStamp.Expired", (await guard.CheckAsync(Signed(Noon.AddMinutes(minutes))))?.Code);
    }

    [Fact]
    public async Task Check_TimestampCheckDisabled_AcceptsAnyTime()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions { CheckTimestamp = false }, new ManualTimeProvider(Noon));

        Assert.Null((await guard.CheckAsync(Signed(Noon.AddYears(-10)))));
    }

    [Fact]
    public async Task Check_NonceReused_SignatureNonceUsed()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Null((await guard.CheckAsync(Signed(Noon))));
        Assert.Equal(EcsErrorCodes.SignatureNonceUsed, (await guard.CheckAsync(Signed(Noon)))?.Code);
        Assert.Equal("SignatureNonceUsed", (await guard.CheckAsync(Signed(Noon.AddMinutes(1))))?.Code);
    }

    [Fact]
    public async Task Check_SameNonceOtherAccessKey_Passes()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));

        Assert.Null((await guard.CheckAsync(Signed(Noon, accessKeyId: "a"))));
        Assert.Null((await guard.CheckAsync(Signed(Noon, accessKeyId: "b"))));
    }

    [Fact]
    public async Task Check_NonceCheckDisabled_AcceptsReuse()
    {
        var options = new RequestFreshnessOptions { CheckNonce = false };
        var store = new LocalNonceStore(options);
        var guard = new RequestFreshnessGuard(options, new ManualTimeProvider(Noon), store);

        Assert.Null((await guard.CheckAsync(Signed(Noon))));
        Assert.Null((await guard.CheckAsync(Signed(Noon))));
        Assert.Equal(0, store.Count("testid"));
    }

    [Fact]
    public async Task Check_NonceOlderThanWindow_IsForgotten()
    {
        var clock = new ManualTimeProvider(Noon);
        var options = new RequestFreshnessOptions();
        var store = new LocalNonceStore(options);
        var guard = new RequestFreshnessGuard(options, clock, store);
        Assert.Null((await guard.CheckAsync(Signed(Noon, "old"))));

        clock.Now = Noon.AddMinutes(16);
        Assert.Null((await guard.CheckAsync(Signed(clock.Now, "new"))));

        Assert.Equal(1, store.Count("testid"));
        // Replaying the old request now fails on its time, not on memory.
        Assert.Equal("InvalidTimeStamp.Expired", (await guard.CheckAsync(Signed(Noon, "old")))?.Code);
    }

    [Fact]
    public async Task Check_FutureTimestamp_NonceRememberedUntilItsRequestIsStale()
    {
        var clock = new ManualTimeProvider(Noon);
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), clock);
        var future = Noon.AddMinutes(10);
        Assert.Null((await guard.CheckAsync(Signed(future, "ahead"))));

        clock.Now = Noon.AddMinutes(20);

        Assert.Equal(EcsErrorCodes.SignatureNonceUsed, (await guard.CheckAsync(Signed(future, "ahead")))?.Code);
    }

    [Fact]
    public async Task Check_MoreNoncesThanCapacity_RefusesNewOnesAndForgetsNoneEarly()
    {
        // Issue 14.4: the memory used to drop its oldest nonce when full, so a captured request replayed after enough newer
        // ones. Now a full memory refuses new requests instead, and every remembered nonce stays until its window ends.
        var clock = new ManualTimeProvider(Noon);
        var options = new RequestFreshnessOptions { MaxNoncesPerAccessKey = 3 };
        var store = new LocalNonceStore(options);
        var guard = new RequestFreshnessGuard(options, clock, store);
        for (var index = 0; index < 3; index++)
        {
            Assert.Null((await guard.CheckAsync(Signed(Noon, $"n-{index}"))));
        }

        for (var index = 3; index < 10; index++)
        {
            Assert.Equal("Throttling.User", (await guard.CheckAsync(Signed(Noon, $"n-{index}")))?.Code);
        }

        Assert.Equal(3, store.Count("testid"));
        Assert.Equal(EcsErrorCodes.SignatureNonceUsed, (await guard.CheckAsync(Signed(Noon, "n-0")))?.Code);

        clock.Now = Noon.AddMinutes(16);
        Assert.Null((await guard.CheckAsync(Signed(clock.Now, "n-3"))));
    }

    [Fact]
    public async Task Check_ManyRequestsWithinTheWindow_NoneReplays()
    {
        var clock = new ManualTimeProvider(Noon);
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions { MaxNoncesPerAccessKey = 200_000 }, clock);
        Assert.Null((await guard.CheckAsync(Signed(Noon, "captured"))));

        // 100,050 newer requests spread over 14 minutes (the count that replayed before the fix).
        for (var index = 0; index < 100_050; index++)
        {
            clock.Now = Noon.AddMilliseconds(index * 8.0);
            Assert.Null((await guard.CheckAsync(Signed(clock.Now, $"newer-{index}"))));
        }

        Assert.Equal(EcsErrorCodes.SignatureNonceUsed, (await guard.CheckAsync(Signed(Noon, "captured")))?.Code);
    }

    [Fact]
    public async Task Check_FailedSignature_ReturnsItsError()
    {
        var guard = new RequestFreshnessGuard(new RequestFreshnessOptions(), new ManualTimeProvider(Noon));
        var failure = SignatureCheck.Failure(SignatureErrors.IncompleteSignature());

        Assert.Same(failure.Error, (await guard.CheckAsync(failure)));
    }
}
