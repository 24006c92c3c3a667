using System.Globalization;
using Orleans.TestingHost;
using SgGrid.Grains.Hosting;
using SgGrid.LoadTests.Scenarios;

// SgGrid load harness (first cut; the full harness with flows/churn/api modes comes with the load-test issue).
//   dotnet run -c Release --project loadtests/SgGrid.LoadTests -- fanout [members...] [--changes N] [--silos N]
//   dotnet run -c Release --project loadtests/SgGrid.LoadTests -- scale [enis] [groups] [tenants] [--silos N]
if (args.Length == 0 || args[0] is not ("fanout" or "scale"))
{
    Console.Error.WriteLine("usage: fanout [members ...] [--changes N] [--silos N] | scale [enis] [groups] [tenants] [--silos N]");
    return 2;
}

var mode = args[0];
var positional = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

var silos = Option("--silos", 2);
var builder = new InProcessTestClusterBuilder((short)silos);
builder.Options.ConfigureFileLogging = false;
builder.ConfigureSilo((_, silo) => silo.UseSgGridGrains(StorageKind.Memory));
await using var cluster = builder.Build();
await cluster.DeployAsync();
Console.WriteLine($"SgGrid load harness: {mode}, in-process cluster of {silos} silos, in-memory storage, {Environment.ProcessorCount} cores");

if (mode == "fanout")
{
    var changes = Option("--changes", 20);
    foreach (var members in positional.Length > 0 ? positional : [1_000, 10_000])
    {
        Console.WriteLine($"fanout {members:N0} members, {changes} changes");
        var result = await new FanOutScenario(cluster.Client, Console.Out).RunAsync(members, changes);
        Console.WriteLine($"  rule change -> every member serves it: {result.RuleChangeMilliseconds}");
        Console.WriteLine($"  referenced group gains a member -> every referrer member serves it: {result.MembershipChangeMilliseconds}");
    }
}
else
{
    var enis = positional.Length > 0 ? positional[0] : 100_000;
    var groups = positional.Length > 1 ? positional[1] : Math.Max(1, enis / 100);
    var tenants = positional.Length > 2 ? positional[2] : Math.Max(1, enis / 1000);
    var (heap, workingSet, seconds) = await new ScaleScenario(cluster.Client, Console.Out).RunAsync(enis, groups, tenants);
    Console.WriteLine($"  managed heap per ENI: {heap:N0} B; working set per ENI: {workingSet:N0} B; total heap {heap * enis / 1024 / 1024:N0} MiB ({seconds:F1} s)");
}

await cluster.StopAllSilosAsync();
return 0;
