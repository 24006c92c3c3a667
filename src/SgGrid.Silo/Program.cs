using SgGrid.Silo.Demo;
using SgGrid.Silo.Hosting;

// The SgGrid silo: Orleans with SgGrid's grains, localhost clustering and in-memory storage by default
// (configure SgGrid:Silo to use Azure Table clustering/storage). It seeds and prints a sample region, then serves
// until stopped; pass --once to exit after the sample.
var once = args.Contains("--once");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--once").ToArray());
var options = builder.Configuration.GetSection(SiloHostingOptions.SectionName).Get<SiloHostingOptions>() ?? new SiloHostingOptions();
var problems = options.Problems();
if (problems.Count > 0)
{
    Console.Error.WriteLine("SgGrid cannot start:");
    foreach (var problem in problems)
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 2;
}

// Loopback by default; `--urls` (or ASPNETCORE_URLS) overrides it.
var urls = builder.Configuration["urls"];
if (string.IsNullOrWhiteSpace(urls))
{
    urls = $"http://127.0.0.1:{options.HttpPort}";
    builder.WebHost.UseUrls(urls);
}

builder.UseOrleans(silo => silo.UseSgGridSilo(options));

var app = builder.Build();
app.MapGet("/healthz", () => Results.Text("ok"));
await app.StartAsync();
Console.WriteLine($"SgGrid silo up: clustering {options.Clustering}, storage {options.Storage}, silo port {options.SiloPort}, gateway {options.GatewayPort}, {urls}");
Console.WriteLine();

await new SampleRegion(app.Services.GetRequiredService<IGrainFactory>(), Console.Out).RunAsync();

if (once)
{
    await app.StopAsync();
    return 0;
}

Console.WriteLine();
Console.WriteLine("Serving; press Ctrl+C to stop.");
await app.WaitForShutdownAsync();
return 0;
