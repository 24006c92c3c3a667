using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using SgGrid.Api.Regions.Json;
using SgGrid.Domain.Snapshots.Generation;
using SgGrid.LoadTests.Api;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Regions;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.RegionImport;

/// <summary>
/// <c>region</c>: one tenant holding a whole region. Generates a snapshot of N ENIs in G groups (tiers, shared groups,
/// references, prefix lists, a large group), imports it over HTTP into an in-process SgGrid (the body streamed from a file,
/// the job followed with DescribeRegionImportJob), then measures on the loaded region: DescribeNetworkInterfaces pages of
/// 100, a rule change on the large group (the call waits for convergence), CreateWhatIfScenario and DescribeWhatIfDiff after
/// a one-rule change.
/// </summary>
internal sealed class RegionImportScenario(RegionImportOptions options) : IScenario
{
    private const string AccessKeyId = "region-key";
    private const string AccessKeySecret = "region-secret";
    private const string RegionId = "cn-hangzhou";

    public string Mode => "region";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Groups < 2 || options.NetworkInterfaces < options.Groups || options.Runs < 1 || options.Pages < 1)
        {
            throw new ArgumentException("region needs at least 2 groups, as many ENIs as groups, one run and one page.");
        }

        var file = Path.Combine(Path.GetTempPath(), $"sggrid-region-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            var (facts, generateSeconds) = await GenerateAsync(context, file, cancellationToken);
            await using var server = await InProcessServer.StartAsync(AccessKeyId, AccessKeySecret);
            var result = context.NewResult(this, $"HTTP over loopback to an in-process SgGrid (SgGridApplication: 1 silo, in-memory storage) at {server.BaseAddress}");
            result.Add("generateSeconds", "snapshot generated and written", generateSeconds, "s");
            result.Add("snapshotMegabytes", "snapshot size", new FileInfo(file).Length / ProcessMemory.MiB, "MiB");
            result.Add("networkInterfaces", "ENIs", facts.NetworkInterfaces, "");
            result.Add("groups", "security groups", facts.Groups, "");
            result.Add("rules", "rules (references and prefix lists included)", facts.Rules, "");
            result.Add("largeGroupMembers", "members of the large group", facts.LargeGroupMembers, "");

            using var client = new ApiClient(server.BaseAddress, new Acs3Signer(AccessKeyId, AccessKeySecret));
            var import = await ImportAsync(context, server.BaseAddress, client, file, facts, cancellationToken);
            result.Add("importSeconds", "ImportRegion: request sent to job Succeeded", import.Seconds, "s");
            result.Add("importResourcesPerSecond", "resources loaded per second", facts.Resources / import.Seconds, "/s");
            result.Add("workingSetPeakGiB", "process working set, peak during the import", import.PeakWorkingSet / ProcessMemory.GiB, "GiB");
            result.Add("workingSetAfterGiB", "process working set after the import", ProcessMemory.WorkingSet() / ProcessMemory.GiB, "GiB");
            result.Add("heapAfterGiB", "managed heap after a full collection", ProcessMemory.HeapAfterFullCollection() / ProcessMemory.GiB, "GiB");

            var pages = await context.TrackAsync($"{options.Pages} DescribeNetworkInterfaces pages", 1, () => 0, () => PagesAsync(client, facts, cancellationToken));
            pages.AddFigures(result, "describeNetworkInterfacesPage", "DescribeNetworkInterfaces, 100 a page, random page");
            var changes = new List<double>();
            var clones = new List<double>();
            var diffs = new List<double>();
            for (var run = 0; run < options.Runs; run++)
            {
                changes.Add(await TimeAsync(() => AuthorizeAsync(client, RegionId, facts.LargeGroupId, RuleGenerator.ProbePortBase + run)));
                var attempt = Stopwatch.StartNew();
                try
                {
                    var (clone, diff) = await WhatIfAsync(client, facts, run);
                    clones.Add(clone);
                    diffs.Add(diff);
                }
                catch (InvalidOperationException exception)
                {
                    // A what-if step refused (e.g. the diff outlived the grain call timeout): a missed bar, not a crashed run; the
                    // time until the refusal stands for both figures (at least that long).
                    result.Notes.Add($"run {run + 1}: what-if step failed after {attempt.Elapsed.TotalSeconds:0.0} s: {exception.Message[..Math.Min(300, exception.Message.Length)]}");
                    clones.Add(attempt.Elapsed.TotalSeconds);
                    diffs.Add(attempt.Elapsed.TotalSeconds);
                }
            }

            var pageP99 = pages.Milliseconds(99);
            result.Add("ruleChangeSecondsMedian", $"AuthorizeSecurityGroup on the {facts.LargeGroupMembers:N0}-member group until every member serves it, median", Samples.Median(changes), "s");
            result.Add("createWhatIfScenarioSecondsMedian", "CreateWhatIfScenario of the VPC, median", Samples.Median(clones), "s");
            result.Add("oneRuleDiffSecondsMedian", "DescribeWhatIfDiff after a one-rule change, median", Samples.Median(diffs), "s");
            var size = $"{facts.NetworkInterfaces:N0} ENIs in {facts.Groups:N0} groups";
            result.Bars.Add(new Bar($"ImportRegion of {size} ({facts.Rules:N0} rules), embedded default", 120, import.Seconds, "s", AtLeast: false));
            result.Bars.Add(new Bar($"DescribeNetworkInterfaces page p99 at {size}", 50, pageP99, "ms", AtLeast: false));
            result.Bars.Add(new Bar($"rule change on a {facts.LargeGroupMembers:N0}-member group converges (median of {options.Runs})", 1, Samples.Median(changes), "s", AtLeast: false));
            result.Bars.Add(new Bar($"DescribeWhatIfDiff after a one-rule change at {size} (median of {options.Runs})", 5, Samples.Median(diffs), "s", AtLeast: false));
            result.Bars.Add(new Bar($"CreateWhatIfScenario at {size} (median of {options.Runs})", 5, Samples.Median(clones), "s", AtLeast: false));
            return result;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<(RegionFacts Facts, double Seconds)> GenerateAsync(ScenarioContext context, string file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var facts = await context.TrackAsync($"generating a region of {options.NetworkInterfaces:N0} ENIs in {options.Groups:N0} groups", 1, () => 0, async () =>
        {
            var snapshot = RegionSnapshotGenerator.Generate(new RegionShape
            {
                NetworkInterfaces = options.NetworkInterfaces,
                SecurityGroups = options.Groups,
                LargeGroupMembers = Math.Min(options.LargeGroupMembers, options.NetworkInterfaces),
                PrefixLists = options.PrefixLists,
                RuleCounts = RegionPlan.ParseRuleCounts(options.Rules),
                AccountId = InProcessServer.AccountId,
                Seed = context.Common.Seed,
            });
            await using (var stream = File.Create(file))
            {
                await JsonSerializer.SerializeAsync(stream, snapshot, SnapshotJson.Options, cancellationToken);
            }

            return RegionFacts.Of(snapshot);
        });
        return (facts, clock.Elapsed.TotalSeconds);
    }

    /// <summary>POSTs the file (streamed, its hash signed) without waiting, then follows the job until it ends.</summary>
    private static async Task<(double Seconds, long PeakWorkingSet)> ImportAsync(ScenarioContext context, Uri baseAddress, ApiClient client, string file, RegionFacts facts, CancellationToken cancellationToken)
    {
        string hash;
        await using (var read = File.OpenRead(file))
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, cancellationToken));
        }

        var signer = new Acs3Signer(AccessKeyId, AccessKeySecret);
        var peak = ProcessMemory.WorkingSet();
        var done = 0;
        var clock = Stopwatch.StartNew();
        await context.TrackAsync($"importing {facts.Resources:N0} resources", facts.Resources, () => Volatile.Read(ref done), async () =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromHours(1) };
            using var request = signer.Sign(baseAddress, "ImportRegion", ApiWorkload.Simulation, [new("RegionId", RegionId)], hash);
            await using var body = File.OpenRead(file);
            request.Content = new StreamContent(body, 1 << 16);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"ImportRegion failed: HTTP {(int)response.StatusCode} {answer}");
            }

            var jobId = JsonDocument.Parse(answer).RootElement.GetProperty("JobId").GetString()!;
            while (true)
            {
                peak = Math.Max(peak, ProcessMemory.WorkingSet());
                var job = (await client.CallAsync("DescribeRegionImportJob", ApiWorkload.Simulation, ("RegionId", RegionId), ("JobId", jobId))).Ok();
                Volatile.Write(ref done, int.Parse(job.Get("LoadedResources"), CultureInfo.InvariantCulture) + int.Parse(job.Get("UnchangedResources"), CultureInfo.InvariantCulture));
                switch (job.Get("Status"))
                {
                    case "Succeeded":
                        return;
                    case "Failed":
                        throw new InvalidOperationException($"The import job failed: {job.Body}");
                }

                await Task.Delay(250, cancellationToken);
            }
        });
        return (clock.Elapsed.TotalSeconds, peak);
    }

    private async Task<LatencyHistogram> PagesAsync(ApiClient client, RegionFacts facts, CancellationToken cancellationToken)
    {
        var histogram = new LatencyHistogram();
        var random = new Random(7);
        var pageCount = Math.Max(1, (facts.NetworkInterfaces + 99) / 100);
        for (var i = 0; i < options.Pages && !cancellationToken.IsCancellationRequested; i++)
        {
            var page = (1 + random.Next(pageCount)).ToString(CultureInfo.InvariantCulture);
            var started = Stopwatch.GetTimestamp();
            (await client.CallAsync("DescribeNetworkInterfaces", ApiWorkload.Ecs, ("RegionId", RegionId), ("PageNumber", page), ("PageSize", "100"))).Ok();
            histogram.RecordSince(started);
        }

        return histogram;
    }

    private static async Task AuthorizeAsync(ApiClient client, string regionId, string groupId, int port) =>
        (await client.CallAsync("AuthorizeSecurityGroup", ApiWorkload.Ecs, ("RegionId", regionId), ("SecurityGroupId", groupId),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", $"{port}/{port}"), ("Permissions.1.SourceCidrIp", "0.0.0.0/0"), ("Permissions.1.Priority", "1"))).Ok();

    /// <summary>CreateWhatIfScenario of the VPC, a one-rule change in it, DescribeWhatIfDiff; the scenario is deleted.</summary>
    private static async Task<(double Clone, double Diff)> WhatIfAsync(ApiClient client, RegionFacts facts, int run)
    {
        var clock = Stopwatch.StartNew();
        var created = (await client.CallAsync("CreateWhatIfScenario", ApiWorkload.Simulation, ("RegionId", RegionId), ("VpcId", facts.VpcId), ("Name", $"run-{run}"))).Ok();
        var clone = clock.Elapsed.TotalSeconds;
        await AuthorizeAsync(client, created.Get("ScenarioRegionId"), facts.TierGroupId, 22 + run);
        clock.Restart();
        (await client.CallAsync("DescribeWhatIfDiff", ApiWorkload.Simulation, ("RegionId", RegionId), ("ScenarioId", created.Get("ScenarioId")), ("MaxResults", "100"))).Ok();
        var diff = clock.Elapsed.TotalSeconds;
        (await client.CallAsync("DeleteWhatIfScenario", ApiWorkload.Simulation, ("RegionId", RegionId), ("ScenarioId", created.Get("ScenarioId")))).Ok();
        return (clone, diff);
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalSeconds;
    }
}
