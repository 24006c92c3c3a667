using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Security;

/// <summary>A host whose addresses may fail authentication 5 times, earning one back every 100 s.</summary>
public sealed class FailureBudgetHost : IAsyncLifetime
{
    public ApiHostFixture Host { get; } = new(
    [
        "--SgGrid:Api:AuthenticationFailures:FailuresPerAddress=5",
        "--SgGrid:Api:AuthenticationFailures:RefillPerSecond=0.01",
    ]);

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => Host.DisposeAsync();
}

/// <summary>Issue 14, point 3: a client address that keeps failing authentication is throttled before its requests are read.</summary>
/// <remarks>In the shared host's collection: a second host started beside it, in parallel, disturbs its metrics tests.</remarks>
[Collection(ApiHostDefinition.Name)]
public sealed class GatewayFailureBudgetTests(FailureBudgetHost budgetHost) : IClassFixture<FailureBudgetHost>
{
    [Fact]
    public async Task AddressThatSpentItsBudget_IsThrottled_EvenWithAValidSignature()
    {
        var host = budgetHost.Host;
        var attacker = host.Client(ApiHostFixture.Mallory);
        (await attacker.EcsAsync("DescribeRegions")).Ok(); // successes spend nothing

        for (var i = 0; i < 5; i++)
        {
            (await attacker.CallAsync("DescribeRegions", "2014-05-26", [], new SigningOptions { Secret = "guess-" + i })).Fails("SignatureDoesNotMatch", 400);
        }

        (await attacker.CallAsync("DescribeRegions", "2014-05-26", [], new SigningOptions { Secret = "guess-5" })).Fails("Throttling", 400);
        (await host.Client(ApiHostFixture.Alice).EcsAsync("DescribeRegions")).Fails("Throttling", 400);
    }
}
