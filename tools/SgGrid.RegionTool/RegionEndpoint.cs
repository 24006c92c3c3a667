using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using SgGrid.LoadTests.Api;
using Spectre.Console;

namespace SgGrid.RegionTool;

/// <summary>One SgGrid (or any endpoint serving SgGrid's 2026-11-28 actions) and the keys to sign for it.</summary>
internal sealed class RegionEndpoint(Uri baseAddress, string accessKeyId, string accessKeySecret, string regionId)
{
    private const string Version = "2026-11-28";
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Acs3Signer _signer = new(accessKeyId, accessKeySecret);

    /// <summary>ExportRegion into <paramref name="file"/>, the answer streamed to disk; bytes shown as they come.</summary>
    public async Task ExportAsync(string file, ProgressContext progress, CancellationToken cancellationToken)
    {
        var task = progress.AddTask($"export {regionId} from {baseAddress.Authority}").IsIndeterminate();
        using var request = _signer.Sign(baseAddress, "ExportRegion", Version, [new("RegionId", regionId)]);
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var body = new CountingStream(await response.Content.ReadAsStreamAsync(cancellationToken));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"ExportRegion answered {(int)response.StatusCode}: {await new StreamReader(body).ReadToEndAsync(cancellationToken)}");
        }

        await using var output = File.Create(file);
        var copy = body.CopyToAsync(output, cancellationToken);
        while (!copy.IsCompleted)
        {
            task.Description = $"export {regionId} from {baseAddress.Authority}: {body.BytesRead / 1048576.0:N1} MiB";
            await Task.WhenAny(copy, Task.Delay(200, cancellationToken));
        }

        await copy;
        task.IsIndeterminate(false).Value(task.MaxValue);
    }

    /// <summary>ImportRegion of <paramref name="file"/> (streamed, its hash signed), then the job followed to its end.</summary>
    public async Task<JsonElement> ImportAsync(string file, ProgressContext progress, CancellationToken cancellationToken)
    {
        string hash;
        await using (var read = File.OpenRead(file))
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, cancellationToken));
        }

        var upload = progress.AddTask($"upload to {baseAddress.Authority}", maxValue: Math.Max(1, new FileInfo(file).Length));
        await using var body = new CountingStream(File.OpenRead(file));
        using var request = _signer.Sign(baseAddress, "ImportRegion", Version, [new("RegionId", regionId)], hash);
        request.Content = new StreamContent(body, 1 << 16);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var sending = Http.SendAsync(request, cancellationToken);
        while (!sending.IsCompleted)
        {
            upload.Value = body.BytesRead;
            await Task.WhenAny(sending, Task.Delay(200, cancellationToken));
        }

        using var response = await sending;
        upload.Value = upload.MaxValue;
        var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
        if (!response.IsSuccessStatusCode)
        {
            return started;
        }

        var jobId = started.GetProperty("JobId").GetString()!;
        var load = progress.AddTask($"load {jobId}", maxValue: Math.Max(1, started.GetProperty("TotalResources").GetInt32()));
        while (true)
        {
            using var describe = _signer.Sign(baseAddress, "DescribeRegionImportJob", Version, [new("RegionId", regionId), new("JobId", jobId)]);
            using var answer = await Http.SendAsync(describe, cancellationToken);
            var job = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
            if (!answer.IsSuccessStatusCode)
            {
                return job;
            }

            load.Description = $"load {jobId}: {job.GetProperty("Phase").GetString()}";
            load.Value = job.GetProperty("LoadedResources").GetInt32() + job.GetProperty("UnchangedResources").GetInt32();
            if (job.GetProperty("Status").GetString() != "Running")
            {
                load.Value = load.MaxValue;
                return job;
            }

            await Task.Delay(500, cancellationToken);
        }
    }
}
