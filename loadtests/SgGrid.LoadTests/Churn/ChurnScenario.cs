using System.Diagnostics;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Flows;
using SgGrid.LoadTests.Hosting;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Regions;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Churn;

/// <summary>
/// <c>churn</c>: flows and rule changes together. Flows run for a baseline period, then again while a change loop
/// authorizes and revokes probe rules (TCP 40000 + k from anywhere) on random groups. Every change call returns once the
/// group says every member serves it (the API's convergence promise); right after, members are probed through the
/// throughput path with the probe port: an allow after a revoke, or a deny after an authorize, is a stale verdict.
/// </summary>
internal sealed class ChurnScenario(ChurnOptions options) : IScenario
{
    private static readonly bool[] AuthorizeThenRevoke = [true, false];

    public string Mode => "churn";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await ClusterConnection.OpenAsync(context.Common.Topology, HarnessGrains.Configure);
        var result = context.NewResult(this, connection.Description);
        var builder = new RegionBuilder(connection.Client);
        var plan = new RegionPlan { Tenants = options.Tenants, GroupsPerVpc = options.GroupsPerVpc, NetworkInterfacesPerVpc = options.NetworkInterfacesPerVpc, Seed = context.Common.Seed };
        var region = await builder.BuildAsync(plan);
        await builder.LocateAsync(region.NetworkInterfaces, connection.SiloIndexOf);
        var pool = FlowWorkload.Generate(region, new WorkloadOptions { BatchSize = options.BatchSize, DistinctBatches = 32, Seed = context.Common.Seed });
        var route = options.Route == "silo";
        await new BatchDriver(connection, options.Concurrency, route).RunAsync(pool, (long)pool.Length * options.BatchSize, echo: false, cancellationToken);

        var duration = TimeSpan.FromSeconds(options.Seconds);
        var baseline = new BatchDriver(connection, options.Concurrency, route);
        using (var stop = new CancellationTokenSource(duration))
        {
            await context.TrackAsync("baseline: flows, no changes", duration.TotalSeconds, () => 0, () => baseline.RunAsync(pool, long.MaxValue, echo: false, stop.Token));
        }

        var churn = new BatchDriver(connection, options.Concurrency, route);
        var changeLatency = new LatencyHistogram();
        var probes = 0L;
        var stale = 0L;
        var changes = 0;
        ChartSeries timelineSeries;
        double churnSeconds;
        await using (var timeline = new ThroughputTimeline(() => churn.Flows, TimeSpan.FromMilliseconds(250)))
        {
            using var stop = new CancellationTokenSource(duration);
            var clock = Stopwatch.StartNew();
            var flows = churn.RunAsync(pool, long.MaxValue, echo: false, stop.Token);
            var random = new Random(context.Common.Seed);
            var changer = Task.Run(async () =>
            {
                var interval = TimeSpan.FromSeconds(1 / options.ChangesPerSecond);
                var k = 0;
                while (!stop.IsCancellationRequested)
                {
                    var due = clock.Elapsed + interval;
                    var group = region.Groups[random.Next(region.Groups.Count)];
                    var grain = connection.Client.GetGrain<ISecurityGroupGrain>(group.Id);
                    var owner = RegionBuilder.Owner(group.Tenant);
                    var probe = RuleGenerator.Probe(k % 10_000);
                    var members = region.ByVpc[group.VpcId].Where(e => e.GroupIds.Contains(group.Id)).ToArray();
                    foreach (var authorize in AuthorizeThenRevoke)
                    {
                        var started = Stopwatch.GetTimestamp();
                        var change = authorize
                            ? await grain.AuthorizeAsync(owner, Direction.Ingress, [probe], MutationOptions.Default)
                            : await grain.RevokeAsync(owner, Direction.Ingress, [], [probe], MutationOptions.Default);
                        RegionBuilder.Require(change.Errors);
                        changeLatency.RecordSince(started);
                        Interlocked.Increment(ref changes);
                        for (var p = 0; p < Math.Min(options.ProbesPerChange, members.Length); p++)
                        {
                            var member = members[random.Next(members.Length)];
                            var flow = new Ipv4Flow(0xCB007109u, member.Ipv4, IpProtocolNumbers.Tcp, 33_000, (ushort)(RuleGenerator.ProbePortBase + (k % 10_000)));
                            var verdict = await churn.SendAsync(new RoutedBatch(member.Id, member.Silo, Direction.Ingress, null, FlowBatch.Of([flow])));
                            Interlocked.Increment(ref probes);
                            if ((verdict.Allowed == 1) != authorize)
                            {
                                Interlocked.Increment(ref stale);
                            }
                        }
                    }

                    k++;
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero && !stop.IsCancellationRequested)
                    {
                        await Task.Delay(wait, CancellationToken.None);
                    }
                }
            }, CancellationToken.None);
            await context.TrackAsync("churn: flows with rule changes", duration.TotalSeconds, () => clock.Elapsed.TotalSeconds, () => Task.WhenAll(flows, changer));
            churnSeconds = clock.Elapsed.TotalSeconds;
            await timeline.DisposeAsync();
            timelineSeries = timeline.Series("verdicts/s under change");
        }

        var baselineRate = baseline.Flows / duration.TotalSeconds;
        var churnRate = churn.Flows / churnSeconds;
        result.Add("networkInterfaces", "ENIs", region.NetworkInterfaces.Count, "");
        result.Add("baselineVerdictsPerSecond", "verdicts/s without changes", baselineRate, "1/s");
        result.Add("churnVerdictsPerSecond", "verdicts/s under change", churnRate, "1/s");
        result.Add("throughputRatio", "under change / without", churnRate / baselineRate, "");
        result.Add("changes", "rule changes (authorize + revoke, each waited for)", changes, "");
        result.Add("changesPerSecond", "changes per second achieved", changes / churnSeconds, "1/s");
        changeLatency.AddFigures(result, "change", "change call to convergence");
        result.Add("probes", "probe verdicts after a converged change", probes, "");
        result.Add("staleVerdictMismatches", "stale verdicts (older than the promised convergence)", stale, "");
        churn.Latency.AddFigures(result, "batch", "batch latency under change");
        result.Bars.Add(new Bar("verdicts older than the promised convergence", 0, stale, "", AtLeast: false));
        result.Charts.Add(new Chart("Throughput under change", "seconds", "verdicts/s", [timelineSeries]));
        result.Charts.Add(new Chart("Change-to-convergence distribution", "1 / (1 - quantile)", "ms", [changeLatency.Distribution("authorize / revoke")], LogX: true));
        return result;
    }
}
