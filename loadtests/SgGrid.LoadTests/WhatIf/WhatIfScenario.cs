using System.Diagnostics;
using System.Globalization;
using SgGrid.LoadTests.Api;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.WhatIf;

/// <summary>
/// <c>whatif</c>: DescribeWhatIfDiff over HTTP on a VPC of N ENIs in G groups (built through the ECS actions on an
/// in-process SgGrid). Each run clones the VPC to a scenario, diffs it unchanged, adds one rule in the scenario through the
/// ordinary AuthorizeSecurityGroup (TCP 22 from the Internet on one tier: the bar's "one-rule change"), diffs, adds a
/// group-reference rule (ENI-to-ENI flows change), diffs again, and deletes the scenario. Times are client-side, request
/// to answer of the first page; the grain's own compute time is reported beside them.
/// </summary>
internal sealed class WhatIfScenario(WhatIfOptions options) : IScenario
{
    private const string AccessKeyId = "whatif-key";
    private const string AccessKeySecret = "whatif-secret";

    public string Mode => "whatif";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Groups < 2 || options.NetworkInterfaces < options.Groups || options.Runs < 1)
        {
            throw new ArgumentException("whatif needs at least 2 groups, as many ENIs as groups, and one run.");
        }

        await using var server = await InProcessServer.StartAsync(AccessKeyId, AccessKeySecret);
        var result = context.NewResult(this, $"HTTP over loopback to an in-process SgGrid (SgGridApplication: 1 silo, in-memory storage) at {server.BaseAddress}");
        using var client = new ApiClient(server.BaseAddress, new Acs3Signer(AccessKeyId, AccessKeySecret));

        var setupClock = Stopwatch.StartNew();
        var built = 0;
        var region = await context.TrackAsync($"building a VPC of {options.NetworkInterfaces:N0} ENIs in {options.Groups} groups", options.NetworkInterfaces, () => Volatile.Read(ref built),
            () => WhatIfRegion.BuildAsync(client, options, n => Volatile.Write(ref built, n), cancellationToken));
        result.Add("setupSeconds", "VPC built through the ECS actions", setupClock.Elapsed.TotalSeconds, "s");

        var runs = new List<RunFigures>();
        for (var run = 0; run < options.Runs; run++)
        {
            runs.Add(await context.TrackAsync($"run {run + 1} of {options.Runs}: clone, change, diff", 1, () => 0, () => MeasureAsync(client, region, run)));
        }

        var table = new ResultTable("per run (seconds, client-side; the grain's compute time in brackets)",
            ["run", "clone s", "unchanged diff s", "1 rule: diff s", "entries", "classes", "+ group ref: diff s", "entries", "page 2 s"], []);
        foreach (var (r, i) in runs.Select((r, i) => (r, i)))
        {
            table.Rows.Add([(i + 1).ToString(CultureInfo.InvariantCulture), F(r.CloneSeconds), $"{F(r.Unchanged.Seconds)} [{F(r.Unchanged.ComputeSeconds)}]",
                $"{F(r.OneRule.Seconds)} [{F(r.OneRule.ComputeSeconds)}]", r.OneRule.Entries.ToString("N0", CultureInfo.InvariantCulture), r.OneRule.PolicyClasses.ToString(CultureInfo.InvariantCulture),
                $"{F(r.GroupReference.Seconds)} [{F(r.GroupReference.ComputeSeconds)}]", r.GroupReference.Entries.ToString("N0", CultureInfo.InvariantCulture), F(r.NextPage)]);
        }

        result.Tables.Add(table);
        result.Add("networkInterfaces", "ENIs in the VPC", region.NetworkInterfaceCount, "");
        result.Add("groups", "groups in the VPC", region.Groups.Count, "");
        result.Add("cloneSecondsMedian", "CreateWhatIfScenario (clone of the VPC), median", Samples.Median([.. runs.Select(r => r.CloneSeconds)]), "s");
        result.Add("unchangedDiffSecondsMedian", "DescribeWhatIfDiff, scenario unchanged, median", Samples.Median([.. runs.Select(r => r.Unchanged.Seconds)]), "s");
        var oneRule = Samples.Median([.. runs.Select(r => r.OneRule.Seconds)]);
        result.Add("oneRuleDiffSecondsMedian", "DescribeWhatIfDiff after a one-rule change, median", oneRule, "s");
        result.Add("oneRuleComputeSecondsMedian", "  of which the grain computed (worlds and diff), median", Samples.Median([.. runs.Select(r => r.OneRule.ComputeSeconds)]), "s");
        result.Add("oneRuleEntries", "differences after the one-rule change (run 1)", runs[0].OneRule.Entries, "");
        result.Add("policyClasses", "distinct effective policies, both worlds (run 1)", runs[0].OneRule.PolicyClasses, "");
        result.Add("groupReferenceDiffSecondsMedian", "DescribeWhatIfDiff after a second, group-reference rule, median", Samples.Median([.. runs.Select(r => r.GroupReference.Seconds)]), "s");
        result.Add("groupReferenceEntries", "differences after both changes (run 1)", runs[0].GroupReference.Entries, "");
        result.Add("nextPageSecondsMedian", "DescribeWhatIfDiff second page (diff cached), median", Samples.Median([.. runs.Select(r => r.NextPage)]), "s");
        result.Bars.Add(new Bar($"DescribeWhatIfDiff, one-rule change, {region.NetworkInterfaceCount:N0} ENIs in {region.Groups.Count} groups (median of {runs.Count})", 2, oneRule, "s", AtLeast: false));
        return result;
    }

    private static async Task<RunFigures> MeasureAsync(ApiClient client, WhatIfRegion region, int run)
    {
        var clock = Stopwatch.StartNew();
        var created = (await client.CallAsync("CreateWhatIfScenario", ApiWorkload.Simulation, ("RegionId", WhatIfRegion.RegionId), ("VpcId", region.VpcId), ("Name", $"run-{run}"))).Ok();
        var clone = clock.Elapsed.TotalSeconds;
        var scenarioId = created.Get("ScenarioId");
        var staging = created.Get("ScenarioRegionId");
        var unchanged = await DiffAsync(client, scenarioId, null);
        if (unchanged.Entries != 0)
        {
            throw new InvalidOperationException($"An unchanged scenario differs from production in {unchanged.Entries} entries.");
        }

        var target = region.Groups[(run * 37) % region.Groups.Count];
        await AuthorizeAsync(client, staging, target, ("SourceCidrIp", "0.0.0.0/0"), "22/22");
        var oneRule = await DiffAsync(client, scenarioId, null);
        var referenced = region.Groups[(run * 37 + 3) % region.Groups.Count];
        await AuthorizeAsync(client, staging, target, ("SourceGroupId", referenced), "5432/5432");
        var groupReference = await DiffAsync(client, scenarioId, null);
        clock.Restart();
        if (groupReference.NextToken is { Length: > 0 } token)
        {
            await DiffAsync(client, scenarioId, token);
        }

        var nextPage = clock.Elapsed.TotalSeconds;
        (await client.CallAsync("DeleteWhatIfScenario", ApiWorkload.Simulation, ("RegionId", WhatIfRegion.RegionId), ("ScenarioId", scenarioId))).Ok();
        return new RunFigures(clone, unchanged, oneRule, groupReference, nextPage);
    }

    private static async Task AuthorizeAsync(ApiClient client, string regionId, string groupId, (string Name, string Value) source, string ports) =>
        (await client.CallAsync("AuthorizeSecurityGroup", ApiWorkload.Ecs, ("RegionId", regionId), ("SecurityGroupId", groupId),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", ports), ($"Permissions.1.{source.Name}", source.Value), ("Permissions.1.Priority", "1"))).Ok();

    private static async Task<DiffFigures> DiffAsync(ApiClient client, string scenarioId, string? nextToken)
    {
        var clock = Stopwatch.StartNew();
        List<(string, string)> parameters = [("RegionId", WhatIfRegion.RegionId), ("ScenarioId", scenarioId), ("MaxResults", "100")];
        if (nextToken is not null)
        {
            parameters.Add(("NextToken", nextToken));
        }

        var answer = (await client.CallAsync("DescribeWhatIfDiff", ApiWorkload.Simulation, [.. parameters])).Ok();
        var seconds = clock.Elapsed.TotalSeconds;
        return new DiffFigures(seconds, Number(answer, "ComputeTimeMilliseconds") / 1000, (int)Number(answer, "TotalCount"), (int)Number(answer, "PolicyClassCount"), answer.Get("NextToken"));
    }

    private static double Number(ApiResponse answer, string name) => double.Parse(answer.Get(name), CultureInfo.InvariantCulture);

    private static string F(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);

    private sealed record DiffFigures(double Seconds, double ComputeSeconds, int Entries, int PolicyClasses, string NextToken);

    private sealed record RunFigures(double CloneSeconds, DiffFigures Unchanged, DiffFigures OneRule, DiffFigures GroupReference, double NextPage);
}
