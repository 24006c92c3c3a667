using System.Net;
using SgGrid.Api.Ecs.Signatures;

namespace SgGrid.Api.Tests.Security;

/// <summary>The per-address budget of failed authentications, on a hand-moved clock.</summary>
public sealed class GatewayFailureBudgetUnitTests
{
    private static readonly IPAddress One = IPAddress.Parse("198.18.0.1");
    private static readonly IPAddress Two = IPAddress.Parse("198.18.0.2");

    [Fact]
    public void RecordFailure_BudgetSpent_ExhaustsThatAddressOnly()
    {
        var budget = new AuthenticationFailureBudget(new AuthenticationFailureOptions { FailuresPerAddress = 3, RefillPerSecond = 1 }, new Clock());

        for (var i = 0; i < 3; i++)
        {
            Assert.False(budget.IsExhausted(One));
            budget.RecordFailure(One);
        }

        Assert.True(budget.IsExhausted(One));
        Assert.False(budget.IsExhausted(Two));
    }

    [Fact]
    public void IsExhausted_AfterTheRefillTime_IsFalseAgain()
    {
        var clock = new Clock();
        var budget = new AuthenticationFailureBudget(new AuthenticationFailureOptions { FailuresPerAddress = 2, RefillPerSecond = 0.5 }, clock);
        budget.RecordFailure(One);
        budget.RecordFailure(One);

        clock.Now += TimeSpan.FromSeconds(1);
        Assert.True(budget.IsExhausted(One));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.False(budget.IsExhausted(One));
    }

    [Fact]
    public void RecordFailure_ManyAddresses_TracksAtMostTheConfiguredNumber()
    {
        var clock = new Clock();
        var budget = new AuthenticationFailureBudget(new AuthenticationFailureOptions { FailuresPerAddress = 2, RefillPerSecond = 1, MaxTrackedAddresses = 10 }, clock);

        for (var i = 0; i < 1000; i++)
        {
            budget.RecordFailure(new IPAddress([198, 18, (byte)(i / 256), (byte)(i % 256)]));
            if (i % 100 == 0)
            {
                clock.Now += TimeSpan.FromSeconds(5);
            }
        }

        Assert.True(budget.TrackedAddresses <= 10, $"{budget.TrackedAddresses} addresses tracked");
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
