using System.Diagnostics;
using SgGrid.Domain.Evaluation;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Hosting;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Regions;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Scale;

/// <summary>
/// <c>scale</c>: populates a region of N ENIs in G groups held by T tenants through the bulk path, evaluates one flow on
/// every ENI (so each holds its shared compiled filters), and reports time, managed heap, working set and bytes per ENI,
/// sampled as the region grows.
/// </summary>
internal sealed class ScaleScenario(ScaleOptions options) : IScenario
{
    public string Mode => "scale";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var heapBefore = ProcessMemory.HeapAfterFullCollection();
        var workingSetBefore = ProcessMemory.WorkingSet();
        await using var connection = await ClusterConnection.OpenAsync(context.Common.Topology, HarnessGrains.Configure);
        var result = context.NewResult(this, connection.Description);
        var tenants = options.Tenants > 0 ? options.Tenants : Math.Max(1, options.NetworkInterfaces / 1_000);
        var checkpoints = Math.Max(1, Math.Min(options.Checkpoints, tenants));
        var perCheckpoint = (tenants + checkpoints - 1) / checkpoints;
        var heapSeries = new List<double[]>();
        var workingSetSeries = new List<double[]>();
        var clock = Stopwatch.StartNew();
        var enis = new List<RegionNetworkInterface>();
        var groups = 0;
        var done = 0;
        await context.TrackAsync($"populate {options.NetworkInterfaces:N0} ENIs in {options.Groups:N0} groups, {tenants:N0} tenants", options.NetworkInterfaces, () => done + 0.0, async () =>
        {
            for (var first = 0; first < tenants; first += perCheckpoint)
            {
                var count = Math.Min(perCheckpoint, tenants - first);
                var plan = new RegionPlan
                {
                    Tenants = count,
                    FirstTenant = first,
                    GroupsPerVpc = Math.Max(1, options.Groups / tenants),
                    NetworkInterfacesPerVpc = options.NetworkInterfaces / tenants,
                    RuleCounts = [(options.RulesPerGroup, 1)],
                    SecondGroupShare = 0,
                    BulkParallelism = 32,
                    Seed = context.Common.Seed + first,
                };
                var before = done;
                var region = await new RegionBuilder(connection.Client).BuildAsync(plan, n => done = before + n);
                enis.AddRange(region.NetworkInterfaces);
                groups += region.Groups.Count;
                done = enis.Count;
                var heap = ProcessMemory.HeapAfterFullCollection() - heapBefore;
                heapSeries.Add([enis.Count, heap / ProcessMemory.MiB]);
                workingSetSeries.Add([enis.Count, (ProcessMemory.WorkingSet() - workingSetBefore) / ProcessMemory.MiB]);
            }
        });
        var populateSeconds = clock.Elapsed.TotalSeconds;

        // Evaluate one flow on every ENI so each holds its (shared) compiled filters.
        var evaluated = 0;
        var probe = FlowBatch.Of([new Ipv4Flow(0xCB007109u, 0x0A000005u, 6, 33000, 443)]);
        await context.TrackAsync("evaluate once on every ENI", enis.Count, () => evaluated, () =>
            Parallel.ForEachAsync(enis, new ParallelOptions { MaxDegreeOfParallelism = 128, CancellationToken = cancellationToken }, async (eni, _) =>
            {
                await connection.Client.GetGrain<INetworkInterfaceGrain>(eni.Id).EvaluatePackedAsync(Domain.Rules.Direction.Ingress, probe);
                Interlocked.Increment(ref evaluated);
            }));
        clock.Stop();

        var heapAfter = ProcessMemory.HeapAfterFullCollection() - heapBefore;
        var workingSet = ProcessMemory.WorkingSet();
        heapSeries.Add([enis.Count, heapAfter / ProcessMemory.MiB]);
        workingSetSeries.Add([enis.Count, (workingSet - workingSetBefore) / ProcessMemory.MiB]);
        result.Add("networkInterfaces", "ENIs", enis.Count, "");
        result.Add("groups", "groups", groups, "");
        result.Add("tenants", "tenants", tenants, "");
        result.Add("populateSeconds", "populate (bulk path, converged)", populateSeconds, "s");
        result.Add("networkInterfacesPerSecond", "ENIs created per second", enis.Count / populateSeconds, "1/s");
        result.Add("totalSeconds", "populate + evaluate every ENI once", clock.Elapsed.TotalSeconds, "s");
        result.Add("heapMiB", "managed heap after full GC (growth)", heapAfter / ProcessMemory.MiB, "MiB");
        result.Add("heapBytesPerNetworkInterface", "managed heap per ENI", heapAfter / (double)Math.Max(1, enis.Count), "B");
        result.Add("workingSetGiB", "process working set", workingSet / ProcessMemory.GiB, "GiB");
        result.Add("workingSetBytesPerNetworkInterface", "working-set growth per ENI", (workingSet - workingSetBefore) / (double)Math.Max(1, enis.Count), "B");
        result.Add("peakWorkingSetGiB", "peak working set", Process.GetCurrentProcess().PeakWorkingSet64 / ProcessMemory.GiB, "GiB");
        result.Bars.Add(new Bar($"{enis.Count:N0} ENIs in {groups:N0} groups: process working set", 16, workingSet / ProcessMemory.GiB, "GiB", AtLeast: false));
        result.Charts.Add(new Chart("Memory over region size", "ENIs", "MiB",
            [new ChartSeries("managed heap (after full GC)", heapSeries), new ChartSeries("working set growth", workingSetSeries)]));
        return result;
    }
}
