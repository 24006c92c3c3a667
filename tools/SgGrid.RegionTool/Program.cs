using System.CommandLine;
using SgGrid.RegionTool;
using Spectre.Console;

// sggrid-region: export a region from one SgGrid endpoint and import it into another, with progress bars.
var region = new Option<string>("--region") { Description = "RegionId", DefaultValueFactory = _ => "cn-hangzhou" };
var endpoint = new Option<string>("--endpoint") { Description = "SgGrid's address, e.g. http://127.0.0.1:8080", Required = true };
var key = new Option<string>("--key") { Description = "AccessKeyId (or SGGRID_ACCESS_KEY_ID)" };
var secret = new Option<string>("--secret") { Description = "AccessKeySecret (or SGGRID_ACCESS_KEY_SECRET)" };
var file = new Option<string>("--file") { Description = "The snapshot file", Required = true };
var to = new Option<string>("--to") { Description = "The endpoint to import into", Required = true };
var toKey = new Option<string>("--to-key") { Description = "AccessKeyId there (default: --key)" };
var toSecret = new Option<string>("--to-secret") { Description = "AccessKeySecret there (default: --secret)" };

RegionEndpoint At(ParseResult p, string address, string? id, string? secretText) => new(
    new Uri(address),
    id ?? p.GetValue(key) ?? Environment.GetEnvironmentVariable("SGGRID_ACCESS_KEY_ID") ?? "sggrid-dev",
    secretText ?? p.GetValue(secret) ?? Environment.GetEnvironmentVariable("SGGRID_ACCESS_KEY_SECRET") ?? "sggrid-dev-secret",
    p.GetValue(region)!);

async Task<int> Run(Func<ProgressContext, Task<int>> work) => await AnsiConsole.Progress()
    .AutoClear(false)
    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
    .StartAsync(work);

int Report(System.Text.Json.JsonElement job)
{
    AnsiConsole.WriteLine(job.ToString());
    return job.TryGetProperty("Status", out var status) && status.GetString() == "Succeeded" ? 0 : 1;
}

var export = new Command("export", "ExportRegion into a file") { endpoint, key, secret, region, file };
export.SetAction((p, ct) => Run(async progress =>
{
    await At(p, p.GetValue(endpoint)!, null, null).ExportAsync(p.GetValue(file)!, progress, ct);
    return 0;
}));

var import = new Command("import", "ImportRegion of a file, following the job") { endpoint, key, secret, region, file };
import.SetAction(async (p, ct) => Report(await ImportAsync(p, ct)));

async Task<System.Text.Json.JsonElement> ImportAsync(ParseResult p, CancellationToken ct)
{
    System.Text.Json.JsonElement job = default;
    await Run(async progress =>
    {
        job = await At(p, p.GetValue(endpoint)!, null, null).ImportAsync(p.GetValue(file)!, progress, ct);
        return 0;
    });
    return job;
}

var copy = new Command("copy", "Export from --endpoint and import into --to") { endpoint, key, secret, region, to, toKey, toSecret };
copy.SetAction(async (p, ct) =>
{
    var temporary = Path.Combine(Path.GetTempPath(), $"sggrid-region-{Guid.NewGuid():N}.json");
    try
    {
        System.Text.Json.JsonElement job = default;
        await Run(async progress =>
        {
            await At(p, p.GetValue(endpoint)!, null, null).ExportAsync(temporary, progress, ct);
            job = await At(p, p.GetValue(to)!, p.GetValue(toKey), p.GetValue(toSecret)).ImportAsync(temporary, progress, ct);
            return 0;
        });
        return Report(job);
    }
    finally
    {
        File.Delete(temporary);
    }
});

var root = new RootCommand("Export a region of SgGrid into a snapshot file, import one, or copy a region between two SgGrids.") { export, import, copy };
return await root.Parse(args).InvokeAsync();
