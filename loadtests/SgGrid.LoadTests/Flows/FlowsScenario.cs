using SgGrid.Domain.Evaluation;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Hosting;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Regions;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Flows;

/// <summary>
/// <c>flows</c>: builds a synthetic region, then drives N flows across the cluster in batches, both sides evaluated, and in
/// the same run the transport-only ceiling (the same batches through the same grains, no evaluation) and the
/// single-thread engine rate on the same flows; every batch's allowed count is checked against the reference evaluator.
/// </summary>
internal sealed class FlowsScenario(FlowsOptions options) : IScenario
{
    public string Mode => "flows";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await ClusterConnection.OpenAsync(context.Common.Topology, HarnessGrains.Configure);
        var result = context.NewResult(this, connection.Description);
        var plan = new RegionPlan
        {
            Tenants = options.Tenants,
            VpcsPerTenant = options.VpcsPerTenant,
            GroupsPerVpc = options.GroupsPerVpc,
            NetworkInterfacesPerVpc = options.NetworkInterfacesPerVpc,
            RuleCounts = RegionPlan.ParseRuleCounts(options.RuleCounts),
            Seed = context.Common.Seed,
        };
        var builder = new RegionBuilder(connection.Client);
        var total = plan.Tenants * plan.VpcsPerTenant * plan.NetworkInterfacesPerVpc;
        var created = 0;
        var region = await context.TrackAsync($"region: {total:N0} ENIs", total, () => created, () => builder.BuildAsync(plan, n => created = n));
        await builder.LocateAsync(region.NetworkInterfaces, connection.SiloIndexOf);
        var pool = FlowWorkload.Generate(region, new WorkloadOptions
        {
            BatchSize = options.BatchSize,
            DistinctBatches = options.DistinctBatches,
            ExternalShare = options.ExternalShare,
            Pairs = options.Pairs,
            Seed = context.Common.Seed,
        });
        var policies = await RegionPolicies.LoadAsync(connection.Client, region.NetworkInterfaces, EmulationOptions.Default);
        if (options.Verify)
        {
            FlowWorkload.ComputeReference(pool, policies);
        }

        result.Add("networkInterfaces", "ENIs", region.NetworkInterfaces.Count, "");
        result.Add("groups", "groups", region.Groups.Count, "");
        result.Add("buildSeconds", "region built (bulk path, converged)", region.BuildSeconds, "s");
        result.Add("batchSize", "flows per batch", options.BatchSize, "");
        result.Add("crossSiloBatchShare", "batches whose peer ENI is on another silo",
            pool.Count(b => b.Peer is not null && region.NetworkInterfaces.First(e => e.Id == b.Peer).Silo != b.TargetSilo) / (double)pool.Length, "");

        // Warm up both paths (filters compiled, code jitted), then the ceiling, then evaluation, on the same batches.
        var warmFlows = (long)pool.Length * options.BatchSize;
        await new BatchDriver(connection, options.Concurrency, options.Route == "silo").RunAsync(pool, warmFlows, echo: true, cancellationToken);
        await new BatchDriver(connection, options.Concurrency, options.Route == "silo").RunAsync(pool, warmFlows, echo: false, cancellationToken);

        var ceiling = new BatchDriver(connection, options.Concurrency, options.Route == "silo");
        double ceilingSeconds;
        ChartSeries ceilingTimeline;
        await using (var timeline = new ThroughputTimeline(() => ceiling.Flows, TimeSpan.FromMilliseconds(250)))
        {
            ceilingSeconds = await context.TrackAsync("transport-only ceiling", options.Flows, () => ceiling.Flows,
                () => ceiling.RunAsync(pool, options.Flows, echo: true, cancellationToken));
            await timeline.DisposeAsync();
            ceilingTimeline = timeline.Series("transport only");
        }

        var evaluate = new BatchDriver(connection, options.Concurrency, options.Route == "silo");
        double seconds;
        ChartSeries evaluateTimeline;
        await using (var timeline = new ThroughputTimeline(() => evaluate.Flows, TimeSpan.FromMilliseconds(250)))
        {
            seconds = await context.TrackAsync("flows, both sides evaluated", options.Flows, () => evaluate.Flows,
                () => evaluate.RunAsync(pool, options.Flows, echo: false, cancellationToken));
            await timeline.DisposeAsync();
            evaluateTimeline = timeline.Series("evaluated");
        }

        var (engineRate, _) = FlowWorkload.EngineRate(pool, policies, TimeSpan.FromSeconds(options.EngineSeconds));

        var rate = evaluate.Flows / seconds;
        var ceilingRate = ceiling.Flows / ceilingSeconds;
        result.Add("flows", "flows decided", evaluate.Flows, "");
        result.Add("verdictsPerSecond", "verdicts/s (both sides evaluated)", rate, "1/s");
        result.Add("ceilingVerdictsPerSecond", "transport-only ceiling", ceilingRate, "1/s");
        result.Add("ratioOfCeiling", "evaluated / ceiling", rate / ceilingRate, "");
        result.Add("engineVerdictsPerSecond", "single-thread engine (both sides, no grains)", engineRate, "1/s");
        result.Add("allowed", "allowed", evaluate.Allowed, "");
        result.Add("denied", "denied", evaluate.Flows - evaluate.Allowed, "");
        if (options.Verify)
        {
            var expected = 0L;
            for (long i = 0; i < evaluate.Batches; i++)
            {
                expected += pool[(int)(i % pool.Length)].ExpectedAllowed;
            }

            result.Add("referenceAllowed", "allowed by the reference evaluator (same flows)", expected, "");
            result.Add("referenceMismatches", "batches disagreeing with the reference", evaluate.Mismatches, "");
        }

        evaluate.Latency.AddFigures(result, "batch", "batch latency");
        ceiling.Latency.AddFigures(result, "ceilingBatch", "transport-only batch latency");
        result.Bars.Add(new Bar(connection.InProcess ? $"verdicts/s with {connection.Silos.Count} silos" : "verdicts/s", 5_000_000, rate, "1/s", AtLeast: true));

        result.Bars.Add(new Bar("share of the transport-only ceiling", 0.5, rate / ceilingRate, "", AtLeast: true));
        result.Charts.Add(new Chart("Throughput over time", "seconds", "verdicts/s", [ceilingTimeline, evaluateTimeline]));
        result.Charts.Add(new Chart("Batch latency distribution", "1 / (1 - quantile)  (10 = p90, 100 = p99, …)", "ms",
            [ceiling.Latency.Distribution("transport only"), evaluate.Latency.Distribution("evaluated")], LogX: true));
        result.Notes.Add($"Routing: {(evaluate.RoutesToSilo ? "each batch issued on the silo of its target ENI (co-hosted call), peer side called from there" : "through the Orleans client")}; pairs: {options.Pairs}.");
        return result;
    }
}
