using SgGrid.Silo.Demo;
using SgGrid.Silo.Hosting;

// The SgGrid silo: Orleans with SgGrid's grains (localhost clustering and in-memory storage by default; configure
// SgGrid:Silo for Azure Table) and the ECS/VPC endpoint on http://127.0.0.1:8080 for the official SDKs. It prints a
// sample region's verdicts (tenant "demo", invisible to API tenants), then serves until stopped.
// --once exits after the sample; --no-sample skips it.
var once = args.Contains("--once");
var sample = !args.Contains("--no-sample");
var (app, problems) = SgGridApplication.Create([.. args.Where(a => a is not "--once" and not "--no-sample")]);
if (app is null)
{
    Console.Error.WriteLine("SgGrid cannot start:");
    foreach (var problem in problems)
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 2;
}

await app.StartAsync();
var endpoints = string.Join(", ", SgGridApplication.ListeningAddresses(app));
Console.WriteLine($"SgGrid silo up; ECS (2014-05-26) and VPC (2016-04-28) endpoint on {endpoints}");
foreach (var line in SgGridApplication.TenantBanner(app))
{
    Console.WriteLine(line);
}

Console.WriteLine();
if (sample)
{
    await new SampleRegion(app.Services.GetRequiredService<IGrainFactory>(), Console.Out).RunAsync();
}

if (once)
{
    await app.StopAsync();
    return 0;
}

Console.WriteLine();
Console.WriteLine("Serving; press Ctrl+C to stop.");
await app.WaitForShutdownAsync();
return 0;
