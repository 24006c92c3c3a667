using System.Diagnostics;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Hosting;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Regions;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.FanOut;

/// <summary>
/// <c>fanout</c>: for each size M, one advanced group with M members (populated through the bulk path); each rule change
/// is timed from the Authorize call to its return (it returns when every member serves the new version), then a sample of
/// members is read back; then a referenced group's membership change is timed to the last referrer member.
/// </summary>
internal sealed class FanOutScenario(FanOutOptions options) : IScenario
{
    public string Mode => "fanout";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await ClusterConnection.OpenAsync(context.Common.Topology, HarnessGrains.Configure);
        var grains = connection.Client;
        var result = context.NewResult(this, connection.Description);
        var table = new ResultTable("convergence (ms) per group size", ["members", "populate s", "rule change p50", "p99", "max", "referenced membership p50", "p99", "max"], []);
        var cdfs = new List<ChartSeries>();
        var tenant = 0;
        foreach (var members in options.Members)
        {
            var plan = new RegionPlan
            {
                Tenants = 1,
                GroupsPerVpc = 1,
                NetworkInterfacesPerVpc = members,
                RuleCounts = [(3, 1)],
                SecondGroupShare = 0,
                Advanced = true,
                BulkSize = 1_000,
                Seed = context.Common.Seed + tenant,
            };
            var created = 0;
            var builder = new RegionBuilder(grains);
            var region = await context.TrackAsync($"populate {members:N0} members", members, () => created, () => builder.BuildAsync(WithTenant(plan, tenant), n => created = n));
            var owner = RegionBuilder.Owner(tenant);
            tenant++;
            var groupId = region.Groups[0].Id;
            var group = grains.GetGrain<ISecurityGroupGrain>(groupId);
            var enis = region.NetworkInterfaces.Select(e => e.Id).ToArray();

            var ruleChange = new List<double>();
            await context.TrackAsync($"{options.Changes} rule changes", options.Changes, () => ruleChange.Count, async () =>
            {
                for (var i = 0; i < options.Changes; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var change = await group.AuthorizeAsync(owner, Direction.Ingress, [RuleGenerator.Probe(i)], MutationOptions.Default);
                    RegionBuilder.Require(change.Errors);
                    ruleChange.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    await VerifyAsync(grains, enis, groupId, change.Version);
                }
            });

            // db references web; a new web member must reach every db member (db re-resolves and fans out).
            var referrerMembers = Math.Min(members, options.ReferrerMembers);
            var membership = new List<double>();
            var refPlan = plan with { NetworkInterfacesPerVpc = 2 * referrerMembers, Advanced = false, GroupsPerVpc = 2, Seed = plan.Seed + 1000 };
            var refRegion = await new RegionBuilder(grains).BuildAsync(WithTenant(refPlan, tenant));
            var refOwner = RegionBuilder.Owner(tenant);
            tenant++;
            var web = refRegion.Groups[0].Id;
            var db = refRegion.Groups[1].Id;
            var dbGrain = grains.GetGrain<ISecurityGroupGrain>(db);
            RegionBuilder.Require((await dbGrain.AuthorizeAsync(refOwner, Direction.Ingress,
                [new() { IpProtocol = "TCP", PortRange = "3306/3306", SourceGroupId = web }], MutationOptions.Default)).Errors);
            var dbMembers = refRegion.NetworkInterfaces.Where(e => e.GroupIds[0] == db).Select(e => e.Id).ToArray();
            var vSwitch = await FirstVSwitchAsync(grains, refRegion, refOwner);
            await context.TrackAsync($"{options.Changes} referenced-membership changes", options.Changes, () => membership.Count, async () =>
            {
                for (var i = 0; i < options.Changes; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var eni = Domain.Identifiers.ResourceIds.NewNetworkInterfaceId(Random.Shared);
                    var outcome = await grains.GetGrain<INetworkInterfaceGrain>(eni).CreateAsync(new NetworkInterfaceSpec
                    {
                        Owner = refOwner,
                        VpcId = refRegion.Groups[0].VpcId,
                        VSwitchId = vSwitch,
                        SecurityGroupIds = [web],
                    }, MutationOptions.Default);
                    RegionBuilder.Require(outcome.Errors);
                    membership.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    await VerifyAsync(grains, dbMembers, db, (await dbGrain.GetInfoAsync())!.Version);
                }
            });

            var prefix = $"m{members}";
            result.Add(prefix + "PopulateSeconds", $"{members:N0} members: populate (bulk path, converged)", region.BuildSeconds, "s");
            result.Add(prefix + "RuleChangeP50Ms", $"{members:N0} members: rule change p50", Samples.Median(ruleChange), "ms");
            result.Add(prefix + "RuleChangeP99Ms", $"{members:N0} members: rule change p99", Samples.Percentile(ruleChange, 99), "ms");
            result.Add(prefix + "RuleChangeMaxMs", $"{members:N0} members: rule change max", ruleChange.Max(), "ms");
            result.Add(prefix + "MembershipP50Ms", $"{members:N0} members: referenced membership p50 ({referrerMembers:N0} referrer members)", Samples.Median(membership), "ms");
            result.Add(prefix + "MembershipP99Ms", $"{members:N0} members: referenced membership p99", Samples.Percentile(membership, 99), "ms");
            table.Rows.Add([
                members.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), F(region.BuildSeconds),
                F(Samples.Median(ruleChange)), F(Samples.Percentile(ruleChange, 99)), F(ruleChange.Max()),
                F(Samples.Median(membership)), F(Samples.Percentile(membership, 99)), F(membership.Max())]);
            cdfs.Add(Cdf($"{members:N0} members, rule change", ruleChange));
            cdfs.Add(Cdf($"{members:N0} members, referenced membership", membership));
            if (members == 10_000)
            {
                result.Bars.Add(new Bar("10,000 members: every member serves a rule change (worst of the changes)", 1_000, ruleChange.Max(), "ms", AtLeast: false));
            }
        }

        result.Tables.Add(table);
        result.Charts.Add(new Chart("Convergence CDF", "ms from the change call to every member serving it", "share of changes", cdfs));
        return result;
    }

    private static RegionPlan WithTenant(RegionPlan plan, int tenant) => plan with { Tenants = 1, FirstTenant = tenant, Seed = plan.Seed + (tenant * 7919) };

    private static string F(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    private static ChartSeries Cdf(string name, List<double> values)
    {
        var sorted = values.Order().ToArray();
        return new ChartSeries(name, [.. sorted.Select((v, i) => new[] { v, (i + 1) / (double)sorted.Length })]);
    }

    private static async Task<string> FirstVSwitchAsync(IGrainFactory grains, BuiltRegion region, ResourceOwner owner)
    {
        var info = await grains.GetGrain<INetworkInterfaceGrain>(region.NetworkInterfaces[0].Id).GetInfoAsync();
        return info?.VSwitchId ?? throw new InvalidOperationException($"{region.NetworkInterfaces[0].Id} of {owner.AccountId} does not exist.");
    }

    /// <summary>Every sampled member serves <paramref name="version"/> or newer once the change call has returned.</summary>
    private async Task VerifyAsync(IGrainFactory grains, string[] enis, string group, long version)
    {
        var sample = enis.Length <= options.VerifySample ? enis : [.. Enumerable.Range(0, options.VerifySample).Select(_ => enis[Random.Shared.Next(enis.Length)])];
        foreach (var eni in sample)
        {
            var applied = await grains.GetGrain<INetworkInterfaceGrain>(eni).GetAppliedVersionsAsync();
            if (!applied.TryGetValue(group, out var served) || served < version)
            {
                throw new InvalidOperationException($"{eni} serves {served} of {group} after the change to {version} returned.");
            }
        }
    }
}
