using System.Diagnostics;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.LoadTests.Scenarios;

/// <summary>
/// Region scale: N ENIs spread over G groups (each ENI in one group, groups with a few rules and intra-group trust),
/// held by T tenants (each with its own VPC, vSwitches and directory, as a multi-tenant region is), then every ENI
/// evaluates once so its filter is built; reports managed heap and working set per ENI.
/// </summary>
internal sealed class ScaleScenario(IGrainFactory grains, TextWriter output)
{
    public async Task<(double BytesPerEniHeap, double BytesPerEniWorkingSet, double Seconds)> RunAsync(int networkInterfaces, int groups, int tenants)
    {
        var heapBefore = Heap();
        var workingSetBefore = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        var perTenant = networkInterfaces / tenants;
        var groupsPerTenant = Math.Max(1, groups / tenants);
        var groupIds = new List<string>();
        var enis = new List<string>();
        for (var t = 0; t < tenants; t++)
        {
            var region = new LoadRegion(grains, $"load{t:D5}");
            await region.CreateNetworkAsync(perTenant);
            var tenantGroups = new string[groupsPerTenant];
            for (var g = 0; g < groupsPerTenant; g++)
            {
                tenantGroups[g] = await region.CreateGroupAsync(LoadRegion.Tcp(22), LoadRegion.Tcp(443), LoadRegion.Tcp(8000 + (g % 100), "10.0.0.0/8"));
            }

            groupIds.AddRange(tenantGroups);
            enis.AddRange(await region.CreateNetworkInterfacesAsync(perTenant, i => [tenantGroups[i % groupsPerTenant]], parallelism: 128, MutationOptions.NoWait));
            if ((t + 1) % 10 == 0)
            {
                output.WriteLine($"    {t + 1} tenants, {enis.Count:N0} ENIs at {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        foreach (var id in groupIds)
        {
            var group = grains.GetGrain<ISecurityGroupGrain>(id);
            await group.WaitForConvergenceAsync((await group.GetInfoAsync())!.Version);
        }

        // Evaluate once on every ENI so each holds its (shared) compiled filter.
        var flow = Domain.Evaluation.Flow.Parse("203.0.113.9", "10.0.0.5", "TCP", 33000, 443);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 128).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < enis.Count)
            {
                await grains.GetGrain<SgGrid.Grains.Abstractions.NetworkInterfaces.INetworkInterfaceGrain>(enis[i]).EvaluateAsync(Domain.Rules.Direction.Ingress, flow);
            }
        }));
        clock.Stop();

        var heap = Heap() - heapBefore;
        var workingSet = Environment.WorkingSet - workingSetBefore;
        output.WriteLine($"  {enis.Count:N0} ENIs in {groupIds.Count:N0} groups of {tenants} tenants built and evaluated in {clock.Elapsed.TotalSeconds:F1} s");
        return ((double)heap / networkInterfaces, (double)workingSet / networkInterfaces, clock.Elapsed.TotalSeconds);
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
