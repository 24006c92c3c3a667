using System.Diagnostics;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Hosting;
using SgGrid.LoadTests.Regions;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Joins;

/// <summary>
/// <c>joins</c>: one tenant, one VPC, one group; N ENIs created one <c>CreateAsync</c> each (the grain behind
/// CreateNetworkInterface, waiting for convergence as the API does) with a fixed number in flight. The rate of the last
/// window of ENIs against the first shows whether a join costs more as the group grows (docs/fan-out.md).
/// </summary>
internal sealed class JoinsScenario(JoinsOptions options) : IScenario
{
    public string Mode => "joins";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await ClusterConnection.OpenAsync(context.Common.Topology, HarnessGrains.Configure);
        var grains = connection.Client;
        var result = context.NewResult(this, connection.Description);
        var random = new Random(context.Common.Seed);
        var owner = RegionBuilder.Owner(900_000 + context.Common.Seed);
        var vpcId = ResourceIds.NewVpcId(random);
        var vSwitchId = ResourceIds.NewVSwitchId(random);
        var groupId = ResourceIds.NewSecurityGroupId(random);
        RegionBuilder.Require((await grains.GetGrain<IVpcGrain>(vpcId).CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/8") })).Errors);
        RegionBuilder.Require((await grains.GetGrain<IVSwitchGrain>(vSwitchId).CreateAsync(new VSwitchSpec { Owner = owner, VpcId = vpcId, ZoneId = "cn-load-a", CidrBlock = IpCidr.Parse("10.0.0.0/16") })).Errors);
        var created = await grains.GetGrain<ISecurityGroupGrain>(groupId).CreateAsync(new SecurityGroupSpec { Owner = owner, VpcId = vpcId, Type = SecurityGroupType.Normal, Name = "joins" });
        RegionBuilder.Require(created.Errors);

        var total = options.NetworkInterfaces;
        var finished = new long[total];
        var next = -1;
        var done = 0;
        var clock = Stopwatch.StartNew();
        await context.TrackAsync($"create {total:N0} ENIs in one group, {options.Concurrency} in flight", total, () => Volatile.Read(ref done), () =>
            Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < total)
                {
                    var outcome = await grains.GetGrain<INetworkInterfaceGrain>(ResourceIds.NewNetworkInterfaceId(Random.Shared)).CreateAsync(new NetworkInterfaceSpec
                    {
                        Owner = owner,
                        VpcId = vpcId,
                        VSwitchId = vSwitchId,
                        SecurityGroupIds = [groupId],
                    }, MutationOptions.Default);
                    RegionBuilder.Require(outcome.Errors);
                    var order = Interlocked.Increment(ref done) - 1;
                    finished[order] = clock.ElapsedTicks;
                }
            })));

        var window = Math.Min(options.Window, total / 2);
        var first = Rate(finished, 0, window);
        var last = Rate(finished, total - window, total);
        var members = (await grains.GetGrain<ISecurityGroupGrain>(groupId).GetInfoAsync())!.MemberCount;
        result.Add("FirstWindowPerSecond", $"ENIs/s, first {window:N0}", first, "ENIs/s");
        result.Add("LastWindowPerSecond", $"ENIs/s, last {window:N0} (of {total:N0})", last, "ENIs/s");
        result.Add("LastOverFirst", "last / first", last / first, "");
        result.Add("OverallPerSecond", "ENIs/s overall", total / clock.Elapsed.TotalSeconds, "ENIs/s");
        result.Add("Members", "group members at the end", members, "");
        result.Bars.Add(new Bar($"rate of the last {window:N0} ≥ 80 % of the first {window:N0}", 0.8, last / first, "", AtLeast: true));
        result.Bars.Add(new Bar($"rate of the last {window:N0} ≥ 1,000 ENIs/s", 1_000, last, "ENIs/s", AtLeast: true));
        return result;
    }

    /// <summary>ENIs per second between the completions of ENI <paramref name="from"/> - 1 (or the start) and <paramref name="to"/> - 1.</summary>
    private static double Rate(long[] finished, int from, int to)
    {
        var start = from == 0 ? 0 : finished[from - 1];
        return (to - from) / ((finished[to - 1] - start) / (double)Stopwatch.Frequency);
    }
}
