using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Api;

/// <summary>
/// <c>api</c>: HTTP load over loopback on the ECS and SgGrid actions, signed like the SDKs sign (ACS3-HMAC-SHA256). A
/// closed-loop phase (callers sending CheckFlow back to back) measures capacity; a fixed-rate phase runs every action
/// stream at once (CheckFlow at <see cref="ApiOptions.FlowRate"/>, mutation pairs and describes at their rates) and
/// reports latency percentiles per action, measured from each request's due time.
/// </summary>
internal sealed class ApiScenario(ApiOptions options) : IScenario
{
    /// <summary>Calls of each stream before the fixed-rate phase (even: paired streams end where they began).</summary>
    private const int WarmUpCallsPerStream = 20;

    public string Mode => "api";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var server = options.Endpoint is null ? await InProcessServer.StartAsync(options.AccessKeyId, options.AccessKeySecret) : null;
        var baseAddress = server?.BaseAddress ?? new Uri($"http://{options.Endpoint}");
        var result = context.NewResult(this, server is null
            ? $"HTTP over loopback to {baseAddress}"
            : $"HTTP over loopback to an in-process SgGrid (SgGridApplication: 1 silo, in-memory storage) at {baseAddress}");
        using var client = new ApiClient(baseAddress, new Acs3Signer(options.AccessKeyId, options.AccessKeySecret));
        var workload = new ApiWorkload(options.RegionId);
        await workload.SetUpAsync(client, options.NetworkInterfaces);

        // Is the batch action served? Ask once; InvalidApi.NotFound means not (yet).
        var wantsBatch = options.Actions.Contains("CheckFlows", StringComparer.OrdinalIgnoreCase);
        var batchServed = false;
        if (wantsBatch)
        {
            var probe = workload.CheckFlows(0);
            var answer = await client.CallAsync(probe.Action, probe.Version, probe.Parameters);
            batchServed = answer.Code != "InvalidApi.NotFound";
            if (!batchServed)
            {
                result.Notes.Add("CheckFlows: the server answers InvalidApi.NotFound (not served by this build); skipped.");
            }
            else if (!answer.Succeeded)
            {
                result.Notes.Add($"CheckFlows: the probe call answered HTTP {answer.Status} {answer.Code}; driven anyway, errors counted.");
            }
        }

        // Warm up the path (JIT, connection pool, grain activations).
        for (var i = 0; i < 200; i++)
        {
            var call = workload.CheckFlow(i);
            await client.CallAsync(call.Action, call.Version, call.Parameters);
        }

        if (options.ClosedLoopCallers > 0 && options.Actions.Contains("CheckFlow", StringComparer.OrdinalIgnoreCase))
        {
            var closed = new ActionStatistics("CheckFlow", "flow");
            var (done, seconds) = await ClosedLoopAsync(context, client, $"closed loop: {options.ClosedLoopCallers} callers, CheckFlow", options.ClosedLoopCallers,
                k => workload.CheckFlow(k), closed, cancellationToken);
            result.Add("closedLoopRequestsPerSecond", $"closed loop ({options.ClosedLoopCallers} callers): CheckFlow requests/s", done / seconds, "1/s");
            result.Add("closedLoopP50Ms", "closed loop: CheckFlow p50", closed.Latency.Milliseconds(50), "ms");
            result.Add("closedLoopP99Ms", "closed loop: CheckFlow p99", closed.Latency.Milliseconds(99), "ms");
            result.Add("closedLoopErrors", "closed loop: errors", closed.Errors, "");
            result.Charts.Add(new Chart("Closed loop: CheckFlow latency distribution", "1 / (1 - quantile)", "ms", [closed.Latency.Distribution("CheckFlow")], LogX: true));
        }

        if (options.ClosedLoopCallers > 0 && batchServed)
        {
            await MeasureBatchCapacityAsync(context, client, workload, result, cancellationToken);
        }

        var streams = workload.Streams(options, batchServed);

        // Warm every stream's path too (JIT, first activations), with an even number of calls so that paired streams
        // (Authorize/Revoke, Join/Leave, Drop/Accept) leave the region as it was; otherwise the first call of each
        // action lands in the fixed-rate phase's tail.
        foreach (var stream in streams)
        {
            for (var k = 0; k < WarmUpCallsPerStream; k++)
            {
                var call = stream.Next(k);
                await client.CallAsync(call.Action, call.Version, call.Parameters);
            }
        }
        var statistics = new ConcurrentDictionary<string, ActionStatistics>(StringComparer.Ordinal);
        var fixedDuration = TimeSpan.FromSeconds(options.Seconds);
        var fixedClock = Stopwatch.StartNew();
        await context.TrackAsync($"fixed rate: {streams.Count} streams for {options.Seconds:0} s", fixedDuration.TotalSeconds, () => Math.Min(fixedClock.Elapsed.TotalSeconds, fixedDuration.TotalSeconds), () =>
            Task.WhenAll(streams.Select(stream => Task.Run(() => RunStreamAsync(client, stream, fixedClock, fixedDuration, statistics), cancellationToken))));
        var fixedSeconds = fixedClock.Elapsed.TotalSeconds;

        var table = new ResultTable("fixed-rate phase, per action (latency from the due time; service time from sending)", ["action", "kind", "requests", "req/s", "errors", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "service p50 ms", "service p99 ms"], []);
        var distributions = new List<ChartSeries>();
        foreach (var stats in statistics.Values.OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Action, StringComparer.Ordinal))
        {
            var name = stats.Action;
            var count = stats.Latency.Count;
            result.Add($"{Camel(name)}Requests", $"{name}: requests", count, "");
            result.Add($"{Camel(name)}RequestsPerSecond", $"{name}: requests/s", count / options.Seconds, "1/s");
            result.Add($"{Camel(name)}Errors", $"{name}: errors", stats.Errors, "");
            stats.Latency.AddFigures(result, Camel(name), name);
            stats.Service.AddFigures(result, $"{Camel(name)}Service", $"{name} service time (sent to answered)");
            table.Rows.Add([name, stats.Kind, count.ToString("N0", CultureInfo.InvariantCulture), (count / options.Seconds).ToString("0.0", CultureInfo.InvariantCulture),
                stats.Errors == 0 ? "0" : $"{stats.Errors} ({string.Join(", ", stats.ErrorCodes.Select(e => $"{e.Key}×{e.Value}"))})",
                F(stats.Latency.Milliseconds(50)), F(stats.Latency.Milliseconds(99)), F(stats.Latency.Milliseconds(99.9)), F(stats.Latency.MaxMilliseconds),
                F(stats.Service.Milliseconds(50)), F(stats.Service.Milliseconds(99))]);
            distributions.Add(stats.Latency.Distribution(name));
        }

        result.Tables.Add(table);
        result.Add("fixedRateSeconds", "fixed-rate phase (incl. draining)", fixedSeconds, "s");
        if (statistics.TryGetValue("CheckFlow", out var checkFlow))
        {
            var achieved = checkFlow.Latency.Count / options.Seconds;
            result.Bars.Add(new Bar($"CheckFlow p99 at {achieved:N0} req/s (asked {options.FlowRate:N0})", 5, checkFlow.Latency.Milliseconds(99), "ms", AtLeast: false));
        }

        var mutations = statistics.Values.Where(s => s.Kind == "mutation" && s.Latency.Count > 0).ToArray();
        if (mutations.Length > 0)
        {
            var worst = mutations.MaxBy(s => s.Latency.Milliseconds(99))!;
            result.Bars.Add(new Bar($"ECS mutations p99 (worst: {worst.Action})", 20, worst.Latency.Milliseconds(99), "ms", AtLeast: false));
        }

        result.Charts.Add(new Chart("Fixed rate: latency distribution per action", "1 / (1 - quantile)", "ms", distributions, LogX: true));
        return result;
    }

    /// <summary>Closed loop of CheckFlows requests of <see cref="ApiOptions.BatchFlows"/> flows: the batch action's verdicts/s over HTTP.</summary>
    private async Task MeasureBatchCapacityAsync(ScenarioContext context, ApiClient client, ApiWorkload workload, RunResult result, CancellationToken cancellationToken)
    {
        var callers = Math.Max(1, options.ClosedLoopCallers / 4);
        var batch = new ActionStatistics("CheckFlows", "flow");
        var calls = Enumerable.Range(0, 64).Select(i => workload.CheckFlows(i, options.BatchFlows)).ToArray(); // built before the clock starts
        var (done, seconds) = await ClosedLoopAsync(context, client, $"closed loop: {callers} callers, CheckFlows of {options.BatchFlows:N0} flows", callers,
            k => calls[k % calls.Length], batch, cancellationToken);
        var verdicts = (done - batch.Errors) * options.BatchFlows;
        result.Add("batchVerdictsPerSecond", $"closed loop ({callers} callers): CheckFlows verdicts/s ({options.BatchFlows:N0} flows a request)", verdicts / seconds, "1/s");
        result.Add("batchP50Ms", "closed loop: CheckFlows request p50", batch.Latency.Milliseconds(50), "ms");
        result.Add("batchP99Ms", "closed loop: CheckFlows request p99", batch.Latency.Milliseconds(99), "ms");
        result.Add("batchErrors", "closed loop: CheckFlows errors", batch.Errors, "");
    }

    /// <summary>
    /// <paramref name="callers"/> callers sending <paramref name="next"/>'s calls back to back for
    /// <see cref="ApiOptions.ClosedLoopSeconds"/>, caller c taking k = c, c + callers, …; returns the requests answered and
    /// the seconds it took.
    /// </summary>
    private async Task<(long Requests, double Seconds)> ClosedLoopAsync(
        ScenarioContext context, ApiClient client, string label, int callers, Func<long, ApiCall> next, ActionStatistics statistics, CancellationToken cancellationToken)
    {
        long done = 0;
        var duration = TimeSpan.FromSeconds(options.ClosedLoopSeconds);
        var clock = Stopwatch.StartNew();
        await context.TrackAsync(label, duration.TotalSeconds, () => clock.Elapsed.TotalSeconds, () =>
            Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
            {
                for (long k = c; clock.Elapsed < duration; k += callers)
                {
                    var call = next(k);
                    var started = Stopwatch.GetTimestamp();
                    var answer = await client.CallAsync(call.Action, call.Version, call.Parameters);
                    statistics.Latency.RecordSince(started);
                    if (!answer.Succeeded)
                    {
                        statistics.Fail(answer.Code ?? answer.Status.ToString(CultureInfo.InvariantCulture));
                    }

                    Interlocked.Increment(ref done);
                }
            }, cancellationToken))));
        return (done, clock.Elapsed.TotalSeconds);
    }

    private static async Task RunStreamAsync(ApiClient client, ApiStream stream, Stopwatch clock, TimeSpan duration, ConcurrentDictionary<string, ActionStatistics> statistics)
    {
        var interval = 1.0 / stream.Rate;
        var inFlight = new List<Task>();
        for (long k = 0; ; k++)
        {
            var due = TimeSpan.FromSeconds(k * interval);
            if (due >= duration)
            {
                break;
            }

            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var call = stream.Next(k);
            var stats = statistics.GetOrAdd(call.Action, a => new ActionStatistics(a, stream.Kind));
            var task = SendAsync(client, call, stats, clock, due);
            if (stream.Sequential)
            {
                await task;
            }
            else
            {
                inFlight.Add(task);
                if (inFlight.Count > 4096)
                {
                    inFlight.RemoveAll(t => t.IsCompleted);
                }
            }
        }

        await Task.WhenAll(inFlight);
    }

    private static async Task SendAsync(ApiClient client, ApiCall call, ActionStatistics stats, Stopwatch clock, TimeSpan due)
    {
        var sent = Stopwatch.GetTimestamp();
        ApiResponse answer;
        try
        {
            answer = await client.CallAsync(call.Action, call.Version, call.Parameters);
        }
        catch (HttpRequestException exception)
        {
            stats.Fail(exception.GetType().Name);
            return;
        }

        stats.Service.RecordSince(sent);
        stats.Latency.RecordMilliseconds((clock.Elapsed - due).TotalMilliseconds);
        if (!answer.Succeeded)
        {
            stats.Fail(answer.Code ?? answer.Status.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
