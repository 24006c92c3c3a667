using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SgGrid.Api.Regions.Json;
using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Generation;
using SgGrid.LoadTests.Api;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Measurement;
using SgGrid.LoadTests.Regions;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Replay;

/// <summary>
/// <c>replay</c>: flow-log replay at network speed. Generates a region of N ENIs, imports it over HTTP into SgGrid running
/// in a process of its own (the harness is only the client), generates M flow-log records for it (FlowLogGenerator) as JSON
/// lines and in the binary form, then times ReplayFlowLogs of each (the body streamed from a file, aggregates answered):
/// records per second end to end, and the server's working-set growth during the upload.
/// </summary>
internal sealed class ReplayScenario(ReplayOptions options) : IScenario
{
    private const string AccessKeyId = "replay-key";
    private const string AccessKeySecret = "replay-secret";
    private const string RegionId = "cn-hangzhou";

    public string Mode => "replay";

    public object Options => options;

    public async Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stem = Path.Combine(Path.GetTempPath(), $"sggrid-replay-{Environment.ProcessId}-{Guid.NewGuid():N}");
        string[] files = [stem + ".region.json", stem + ".jsonl", stem + ".bin"];
        try
        {
            var snapshot = RegionSnapshotGenerator.Generate(new RegionShape
            {
                NetworkInterfaces = options.NetworkInterfaces,
                SecurityGroups = options.Groups,
                LargeGroupMembers = Math.Min(100, options.NetworkInterfaces),
                PrefixLists = 2,
                RuleCounts = RegionPlan.ParseRuleCounts(options.Rules),
                AccountId = InProcessServer.AccountId,
                Seed = context.Common.Seed,
            });
            await using (var stream = File.Create(files[0]))
            {
                await JsonSerializer.SerializeAsync(stream, snapshot, SnapshotJson.Options, cancellationToken);
            }

            var shape = new FlowLogShape { Records = options.Records, Seed = context.Common.Seed };
            await context.TrackAsync($"writing {options.Records:N0} records as JSON lines and binary", 1, () => 0, () => WriteLogsAsync(snapshot, shape, files[1], files[2]));

            await using var inProcess = options.InProcess ? await InProcessServer.StartAsync(AccessKeyId, AccessKeySecret) : null;
            await using var process = options.InProcess ? null : await ServerProcess.StartAsync(AccessKeyId, AccessKeySecret, cancellationToken);
            var baseAddress = inProcess?.BaseAddress ?? process!.BaseAddress;
            Func<long> serverMemory = process is not null ? process.WorkingSet : ProcessMemory.WorkingSet;
            var result = context.NewResult(this, options.InProcess
                ? $"HTTP over loopback to an in-process SgGrid at {baseAddress} (client and server share the process)"
                : $"HTTP over loopback from the harness to SgGrid.Silo in its own process at {baseAddress} (1 silo, in-memory storage)");
            await PostAsync(baseAddress, "ImportRegion", files[0], [new("RegionId", RegionId), new("Wait", "true")], cancellationToken);
            result.Add("networkInterfaces", "ENIs", options.NetworkInterfaces, "");
            result.Add("records", "records replayed in each form", options.Records, "");

            foreach (var (format, file, bar, key) in new[] { ("JsonLines", files[1], 1_000_000.0, "jsonLines"), ("Binary", files[2], 2_000_000.0, "binary") })
            {
                var before = serverMemory();
                var peak = before;
                using var sampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!sampling.IsCancellationRequested)
                    {
                        peak = Math.Max(peak, serverMemory());
                        await Task.Delay(100, CancellationToken.None);
                    }
                }, CancellationToken.None);
                var clock = Stopwatch.StartNew();
                var answer = await context.TrackAsync($"ReplayFlowLogs, {format}", 1, () => 0,
                    () => PostAsync(baseAddress, "ReplayFlowLogs", file, [new("RegionId", RegionId), new("Format", format)], cancellationToken));
                var seconds = clock.Elapsed.TotalSeconds;
                await sampling.CancelAsync();
                await sampler;
                var counters = answer.GetProperty("Counters");
                var decided = counters.GetProperty("Decided").GetInt64();
                if (decided != options.Records)
                {
                    result.Notes.Add($"{format}: {decided:N0} of {options.Records:N0} records decided ({counters})");
                }

                var growth = (peak - before) / ProcessMemory.MiB;
                result.Add(key + "RecordsPerSecond", $"ReplayFlowLogs {format}: records decided per second, request sent to answer", decided / seconds, "/s");
                result.Add(key + "Megabytes", $"{format} body size", new FileInfo(file).Length / ProcessMemory.MiB, "MiB");
                result.Add(key + "ServerGrowthMiB", $"server working set growth during the {format} upload (peak - before)", growth, "MiB");
                result.Bars.Add(new Bar($"flow-log replay, {format}, {options.NetworkInterfaces:N0} ENIs", bar, decided / seconds, "records/s", AtLeast: true));
                result.Bars.Add(new Bar($"server memory growth during the {format} upload", 256, growth, "MiB", AtLeast: false));
            }

            return result;
        }
        finally
        {
            foreach (var file in files)
            {
                File.Delete(file);
            }
        }
    }

    private static async Task WriteLogsAsync(RegionSnapshot snapshot, FlowLogShape shape, string jsonLines, string binary)
    {
        var ids = snapshot.DescribeNetworkInterfaces.SelectMany(a => a.NetworkInterfaceSets?.Items ?? []).Select(e => e.NetworkInterfaceId!).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        await using var text = new StreamWriter(jsonLines, false, new UTF8Encoding(false), 1 << 20);
        await using var bytes = new BufferedStream(File.Create(binary), 1 << 20);
        bytes.Write(BinaryFlowLog.Header(ids));
        var record = new byte[BinaryFlowLog.RecordSize];
        foreach (var r in FlowLogGenerator.Generate(snapshot, shape))
        {
            await text.WriteLineAsync(FlowLogWriter.JsonLine(r));
            BinaryFlowLog.Write(record, index[r.NetworkInterfaceId], r);
            bytes.Write(record);
        }
    }

    /// <summary>POSTs the file as the streamed body (its hash signed, as the SDKs sign bodies); the answer, or an exception.</summary>
    private static async Task<JsonElement> PostAsync(Uri baseAddress, string action, string file, KeyValuePair<string, string>[] parameters, CancellationToken cancellationToken)
    {
        string hash;
        await using (var read = File.OpenRead(file))
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, cancellationToken));
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromHours(1) };
        using var request = new Acs3Signer(AccessKeyId, AccessKeySecret).Sign(baseAddress, action, ApiWorkload.Simulation, parameters, hash);
        await using var body = File.OpenRead(file);
        request.Content = new StreamContent(body, 1 << 16);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(answer).RootElement.Clone()
            : throw new InvalidOperationException($"{action} failed: HTTP {(int)response.StatusCode} {answer[..Math.Min(500, answer.Length)]}");
    }
}
