using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using SgGrid.LoadTests.Api;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Noisy;

/// <summary>
/// <c>noisy</c> (issue 14.1): one tenant storms the expensive analyses while another only checks flows, on one
/// in-process SgGrid. The noisy tenant runs one DescribeWhatIfDiff caller per scenario of its VPC and
/// <see cref="NoisyOptions.HealthCallers"/> DescribeSecurityGroupHealth callers on its health group, each calling again
/// as soon as it is answered (after a short backoff when throttled, as an SDK would); the quiet tenant's CheckFlow is timed
/// alone first, then during the storm. Reports the quiet tenant's latencies, every noisy answer by outcome and the process
/// working set (peak during the storm).
/// </summary>
internal sealed class NoisyScenario(NoisyOptions options) : IScenario
{
    private const string NoisyKey = "noisy-key";
    private const string NoisySecret = "noisy-secret";
    private const string QuietAccount = "1000000000008888";
    private const string QuietKey = "quiet-key";
    private const string QuietSecret = "quiet-secret";

    public string Mode => "noisy";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Groups < 2 || options.NetworkInterfaces < options.Groups || options.Scenarios < 1 || options.HealthRules < 1 || options.Seconds <= 0)
        {
            throw new ArgumentException("noisy needs at least 2 groups, as many ENIs as groups, a scenario, a health rule and a storm of some seconds.");
        }

        await using var server = await InProcessServer.StartAsync(NoisyKey, NoisySecret,
            $"--SgGrid:Tenants:1:AccountId={QuietAccount}", $"--SgGrid:Tenants:1:AccessKeyId={QuietKey}", $"--SgGrid:Tenants:1:AccessKeySecret={QuietSecret}");
        var result = context.NewResult(this, $"HTTP over loopback to an in-process SgGrid (SgGridApplication: 1 silo, in-memory storage) at {server.BaseAddress}; two tenants");
        using var noisy = new ApiClient(server.BaseAddress, new Acs3Signer(NoisyKey, NoisySecret));
        using var quiet = new ApiClient(server.BaseAddress, new Acs3Signer(QuietKey, QuietSecret));

        var setup = Stopwatch.StartNew();
        var built = 0;
        var region = await context.TrackAsync($"building the noisy VPC ({options.NetworkInterfaces:N0} ENIs, {options.Scenarios} scenarios) and the quiet one",
            options.NetworkInterfaces, () => Volatile.Read(ref built), () => NoisyRegion.BuildAsync(noisy, quiet, options, n => Volatile.Write(ref built, n), cancellationToken));
        result.Add("setupSeconds", "both tenants built through the ECS actions", setup.Elapsed.TotalSeconds, "s");
        result.Add("networkInterfaces", "ENIs of the noisy VPC (the health group's members included)", region.NetworkInterfaces, "");

        var baseline = new LatencyHistogram();
        await context.TrackAsync($"quiet tenant alone: CheckFlow for {options.BaselineSeconds:0.#} s", options.BaselineSeconds, () => 0,
            () => QuietAsync(quiet, region, baseline, TimeSpan.FromSeconds(options.BaselineSeconds), cancellationToken));
        var rssBefore = ProcessMemory.WorkingSet();

        var during = new LatencyHistogram();
        var outcomes = new ConcurrentDictionary<(string Action, string Outcome), int>();
        var analyzed = new LatencyHistogram();
        var peak = rssBefore;
        using var storm = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var clock = Stopwatch.StartNew();
        await context.TrackAsync($"storm: {options.Scenarios} diff + {options.HealthCallers} health callers for {options.Seconds:0.#} s, quiet tenant checking flows",
            options.Seconds, () => Math.Min(options.Seconds, clock.Elapsed.TotalSeconds), async () =>
            {
                var sampling = SampleAsync(() => peak = Math.Max(peak, ProcessMemory.WorkingSet()), storm.Token);
                IEnumerable<Task> callers =
                [
                    .. region.Scenarios.Select(s => NoisyAsync(noisy, "DescribeWhatIfDiff", [("RegionId", NoisyRegion.RegionId), ("ScenarioId", s)], outcomes, analyzed, storm.Token)),
                    .. Enumerable.Range(0, options.HealthCallers).Select(_ => NoisyAsync(noisy, "DescribeSecurityGroupHealth",
                        [("RegionId", NoisyRegion.RegionId), ("SecurityGroupId", region.HealthGroup)], outcomes, analyzed, storm.Token)),
                ];
                var quietDuring = QuietAsync(quiet, region, during, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
                await Task.WhenAll([.. callers, quietDuring, sampling]);
            });
        result.Add("stormSeconds", "storm, until the last noisy call was answered", clock.Elapsed.TotalSeconds, "s");
        result.Add("rssBeforeStormMiB", "process working set before the storm", rssBefore / ProcessMemory.MiB, "MiB");
        result.Add("peakRssMiB", "process working set, peak during the storm (sampled every 100 ms)", peak / ProcessMemory.MiB, "MiB");
        baseline.AddFigures(result, "quietBaseline", "quiet tenant's CheckFlow alone");
        during.AddFigures(result, "quietStorm", "quiet tenant's CheckFlow during the storm");
        analyzed.AddFigures(result, "noisyAnswered", "noisy tenant's analyses that answered 200");
        foreach (var outcome in new[] { "ok", "Throttling.User", "Throttling", "too complex", "other 4xx", "5xx", "no answer" })
        {
            result.Add(Key(outcome), $"noisy answers: {outcome}", outcomes.Where(o => o.Key.Outcome == outcome).Sum(o => o.Value), "");
        }

        var table = new ResultTable("noisy tenant's answers by action and outcome", ["action", "outcome", "answers"], []);
        foreach (var ((action, outcome), count) in outcomes.OrderBy(o => o.Key.Action, StringComparer.Ordinal).ThenBy(o => o.Key.Outcome, StringComparer.Ordinal))
        {
            table.Rows.Add([action, outcome, count.ToString("N0", CultureInfo.InvariantCulture)]);
        }

        result.Tables.Add(table);
        result.Charts.Add(new Chart("quiet tenant's CheckFlow latency", "1 / (1 - quantile)", "ms",
            [baseline.Distribution("alone"), during.Distribution("during the storm")], LogX: true));
        result.Bars.Add(new Bar("quiet tenant's CheckFlow p99 during the storm", 100, during.Milliseconds(99), "ms", AtLeast: false));
        result.Bars.Add(new Bar("noisy answers that are 5xx or none", 0, result[Key("5xx")] + result[Key("no answer")], "", AtLeast: false));
        return result;
    }

    private static string Key(string outcome) => "noisy" + string.Concat(outcome.Split(' ', '.').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The quiet tenant: <see cref="NoisyOptions.QuietConcurrency"/> callers of one CheckFlow for <paramref name="duration"/>.</summary>
    private Task QuietAsync(ApiClient quiet, NoisyRegion region, LatencyHistogram latencies, TimeSpan duration, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, options.QuietConcurrency).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = await quiet.CallAsync("CheckFlow", ApiWorkload.Simulation, ("RegionId", NoisyRegion.RegionId),
                    ("Source", region.QuietSource), ("Destination", region.QuietDestination), ("Protocol", "TCP"), ("DestinationPort", "443"));
                latencies.RecordSince(started);
                if (!answer.Succeeded || !answer.Body.GetProperty("Allowed").GetBoolean())
                {
                    throw new InvalidOperationException($"The quiet tenant's CheckFlow failed: HTTP {answer.Status} {answer.Code}.");
                }
            }
        }));
    }

    /// <summary>One noisy caller: the same call again and again until the storm ends, each answer counted by outcome.</summary>
    private async Task NoisyAsync(ApiClient noisy, string action, (string, string)[] parameters, ConcurrentDictionary<(string, string), int> outcomes, LatencyHistogram answered, CancellationToken storm)
    {
        while (!storm.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                var answer = await noisy.CallAsync(action, ApiWorkload.Simulation, parameters);
                outcome = answer.Succeeded ? "ok"
                    : answer.Code is "Throttling.User" or "Throttling" ? answer.Code
                    : answer.Code?.EndsWith("TooComplex", StringComparison.Ordinal) == true ? "too complex"
                    : answer.Status >= 500 ? "5xx" : "other 4xx";
                if (answer.Succeeded)
                {
                    answered.RecordSince(started);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                outcome = "no answer";
            }

            outcomes.AddOrUpdate((action, outcome), 1, (_, n) => n + 1);
            if (outcome is not "ok")
            {
                await Task.Delay(options.BackoffMilliseconds, CancellationToken.None);
            }
        }
    }

    private static async Task SampleAsync(Action sample, CancellationToken storm)
    {
        while (!storm.IsCancellationRequested)
        {
            sample();
            await Task.Delay(100, CancellationToken.None);
        }

        sample();
    }
}
