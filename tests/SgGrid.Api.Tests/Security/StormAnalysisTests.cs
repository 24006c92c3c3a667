using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using SgGrid.Api.Tests.Ecs.Actions;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using SgGrid.Api.Tests.WhatIf;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Diagnostics;

namespace SgGrid.Api.Tests.Security;

/// <summary>
/// Issue 14.1 at CI scale: a storm of DescribeWhatIfDiff and DescribeSecurityGroupHealth from one tenant is bounded
/// (refused with ECS's <c>Throttling.User</c> past the tenant's analyses in progress, never a 5xx), an analysis whose
/// caller is gone stops and releases what it held, and another tenant's CheckFlow keeps answering throughout.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class StormAnalysisTests(ApiHostFixture host)
{
    private const int Storm = 8;

    private AnalysisGate Gate => host.Services.GetRequiredService<AnalysisGate>();

    [Fact]
    public async Task Storm_WhileTheTenantsAnalysesAreInProgress_IsThrottlingUser_AndAnotherTenantsFlowsAnswer()
    {
        var (alice, group, scenarios) = await NoisyTenantAsync();
        var quiet = await QuietTenantAsync();
        var held = new List<AnalysisLease>();
        while (Gate.TryBegin(ApiHostFixture.Alice.AccountId, d => new(Domain.Errors.EcsErrorCodes.DiffTooComplex, d), CancellationToken.None) is { } lease)
        {
            held.Add(lease); // the tenant's analyses in progress, as a storm's first calls would hold them
        }

        try
        {
            var storm = StormAsync(alice, group, scenarios);
            var flows = quiet.CheckFlowsAsync(4 * Storm);

            foreach (var answer in await storm)
            {
                answer.Fails("Throttling.User", 400);
                Assert.Equal("Request was denied due to user flow control.", answer.Message);
            }

            Assert.All(await flows, allowed => Assert.True(allowed));
        }
        finally
        {
            held.ForEach(lease => lease.Dispose());
        }

        // The tenant's own analyses done, it is served again.
        (await alice.SimAsync("DescribeWhatIfDiff", ("RegionId", ApiRegion.RegionId), ("ScenarioId", scenarios[0]))).Ok();
        (await alice.SimAsync("DescribeSecurityGroupHealth", ("RegionId", ApiRegion.RegionId), ("SecurityGroupId", group))).Ok();
    }

    [Fact]
    public async Task Storm_FromOneTenant_AnswersResultsOrThrottlingOnly_LeavesNothingRunning_AndAnotherTenantsFlowsAnswer()
    {
        var (alice, group, scenarios) = await NoisyTenantAsync();
        var quiet = await QuietTenantAsync();

        var storm = StormAsync(alice, group, scenarios);
        var flows = quiet.CheckFlowsAsync(4 * Storm);
        var answers = await storm;

        Assert.All(answers, answer => Assert.True(answer.IsSuccess || (answer.Status == 400 && answer.Code is "Throttling.User" or "Throttling"), answer.ToString()));
        Assert.Contains(answers, answer => answer.IsSuccess);
        Assert.Equal(2 * Storm, answers.Length);
        Assert.All(await flows, allowed => Assert.True(allowed));
        Assert.Equal(0, Gate.InProgress(ApiHostFixture.Alice.AccountId));
        Assert.Equal(0, Gate.Waiting);
    }

    [Fact]
    public async Task Diff_CallerGoneWhileItWaitsForASlot_StopsAndReleasesWhatItHeld()
    {
        var (alice, _, scenarios) = await NoisyTenantAsync();
        using var cancelled = new AnalysisCounter("sggrid.analysis.cancelled");
        using var release = new ManualResetEventSlim();
        var holders = new List<(AnalysisLease Lease, Task Computing)>();
        for (var i = 0; Gate.FreeSlots > 0 && i < 64; i++)
        {
            // Other tenants' computations hold every slot of the silo until released.
            var lease = Gate.TryBegin($"90000000000{i:D5}", d => new(Domain.Errors.EcsErrorCodes.DiffTooComplex, d), CancellationToken.None)!;
            holders.Add((lease, lease.ComputeAsync(_ => release.Wait(TimeSpan.FromMinutes(1), CancellationToken.None))));
            await EventuallyAsync(() => Gate.FreeSlots == Gate.Options.MaxConcurrentAnalyses - holders.Count, "a holder takes its slot");
        }

        try
        {
            using var caller = new CancellationTokenSource();
            var request = alice.Build("DescribeWhatIfDiff", SimulationCalls.Version,
                [new("RegionId", ApiRegion.RegionId), new("ScenarioId", scenarios[0])]);
            var call = EcsClient.SendAsync(request, caller.Token);
            await EventuallyAsync(() => Gate.Waiting == 1, "the diff waits for a slot");

            await caller.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

            await EventuallyAsync(() => Gate.InProgress(ApiHostFixture.Alice.AccountId) == 0 && Gate.Waiting == 0, "the abandoned diff ends");
            Assert.Equal(1, cancelled.Total);
        }
        finally
        {
            release.Set();
            foreach (var (lease, computing) in holders)
            {
                await computing;
                lease.Dispose();
            }
        }

        (await alice.SimAsync("DescribeWhatIfDiff", ("RegionId", ApiRegion.RegionId), ("ScenarioId", scenarios[0]))).Ok();
    }

    /// <summary>Every scenario's diff and as many health analyses of the group, all at once.</summary>
    private static async Task<EcsResponse[]> StormAsync(EcsClient client, string group, IReadOnlyList<string> scenarios) =>
        await Task.WhenAll(
            scenarios.Select(s => client.SimAsync("DescribeWhatIfDiff", ("RegionId", ApiRegion.RegionId), ("ScenarioId", s)))
                .Concat(scenarios.Select(_ => client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", ApiRegion.RegionId), ("SecurityGroupId", group)))));

    /// <summary>Alice: a VPC with a group of a few rules and members, and <see cref="Storm"/> scenarios of it, each with a change.</summary>
    private async Task<(EcsClient Client, string Group, List<string> Scenarios)> NoisyTenantAsync()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice), ipv6: false);
        var group = await region.CreateSecurityGroupAsync();
        for (var port = 1; port <= 10; port++)
        {
            (await region.Client.AuthorizeAsync(group, SecurityGroupTestCalls.TcpFrom(1, $"{port * 100}/{port * 100 + 50}", $"10.{port}.0.0/16"))).Ok();
        }

        for (var i = 0; i < 6; i++)
        {
            await region.CreateEniIdAsync(group);
        }

        var scenarios = new List<string>();
        for (var i = 0; i < Storm; i++)
        {
            var (scenarioId, scenarioRegion) = await region.Client.CreateScenarioAsync(region.VpcId);
            (await region.Client.EcsAsync("AuthorizeSecurityGroup", [("RegionId", scenarioRegion), ("SecurityGroupId", group),
                .. SecurityGroupTestCalls.TcpFrom(1, $"{2000 + i}/{2000 + i}", "0.0.0.0/0")])).Ok();
            scenarios.Add(scenarioId);
        }

        return (region.Client, group, scenarios);
    }

    private async Task<QuietTenant> QuietTenantAsync()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob), ipv6: false);
        var group = await region.CreateSecurityGroupAsync();
        (await region.Client.AuthorizeAsync(group, SecurityGroupTestCalls.TcpFrom(1, "443/443", "10.0.0.0/8"))).Ok();
        return new QuietTenant(region.Client, await region.CreateEniIdAsync(group), await region.CreateEniIdAsync(group));
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            Assert.True(attempt < 3000, $"Never happened: {what}.");
            await Task.Delay(10);
        }
    }

    /// <summary>The quiet tenant: two ENIs of one group that allows TCP 443 from the VPC.</summary>
    private sealed record QuietTenant(EcsClient Client, string From, string To)
    {
        /// <summary><paramref name="count"/> CheckFlow calls, four at a time; each one's verdict (each must answer 200).</summary>
        public async Task<bool[]> CheckFlowsAsync(int count)
        {
            var verdicts = new List<bool>();
            for (var i = 0; i < count; i += 4)
            {
                var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client.SimAsync("CheckFlow", ("RegionId", ApiRegion.RegionId),
                    ("Source", From), ("Destination", To), ("Protocol", "TCP"), ("DestinationPort", "443"))));
                verdicts.AddRange(answers.Select(a => a.Ok().Element("Allowed").GetBoolean()));
            }

            return [.. verdicts];
        }
    }

    /// <summary>The sum of one of the silo's analysis counters since it was made.</summary>
    private sealed class AnalysisCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public AnalysisCounter(string instrument)
        {
            _listener.InstrumentPublished = (i, listener) =>
            {
                if (i.Meter.Name == AnalysisInstruments.MeterName && i.Name == instrument)
                {
                    listener.EnableMeasurementEvents(i);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
