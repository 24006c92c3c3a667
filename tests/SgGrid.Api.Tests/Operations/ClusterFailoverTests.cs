using System.Net;
using System.Net.Sockets;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Operations;

/// <summary>
/// A real cluster: scripts/cluster.sh starts Azurite and three silo processes on loopback; the official SDK builds a region
/// through silo 1's endpoint and reads it, with its verdicts, through silo 2's. Silo 1 is then killed with SIGKILL, and the
/// survivors describe the same region and answer the same verdicts (state in Azure Table storage, grains reactivated).
/// </summary>
public sealed class ClusterFailoverTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(3);
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task ThreeSilos_OneKilled_SurvivorsServeTheSameRegionAndVerdicts()
    {
        await NodeSuite.Sdk.EnsureInstalledAsync();
        var directory = Directory.CreateTempSubdirectory("sggrid-cluster-").FullName;
        var (http, silo, gateway, azurite) = (FreeRun(3), FreeRun(3), FreeRun(3), FreeRun(1));
        string[] layout = ["--dir", directory, "--silos", "3", "--base-http", $"{http}", "--base-silo", $"{silo}", "--base-gateway", $"{gateway}", "--azurite-port", $"{azurite}"];
        var environment = new Dictionary<string, string>
        {
            ["SGGRID_SILO_DLL"] = Path.Combine(RepositoryPaths.Root, "src", "SgGrid.Silo", "bin", "Release", "net10.0", "SgGrid.Silo.dll"),
        };
        var script = Path.Combine(RepositoryPaths.Root, "scripts", "cluster.sh");
        try
        {
            var (started, startOutput) = await ProcessRunner.RunAsync("bash", [script, "start", .. layout], RepositoryPaths.Root, environment, TimeSpan.FromMinutes(4));
            Assert.True(started == 0, $"cluster.sh start failed ({started}):\n{startOutput}\n{Logs(directory)}");

            using (var dashboard = await Http.GetAsync(new Uri($"http://127.0.0.1:{http}/dashboard")))
            {
                Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode); // the dashboard is off unless configured
            }

            var ids = await NodeAsync("create", $"127.0.0.1:{http}");
            var before = await NodeAsync("check", $"127.0.0.1:{http + 1}", ids);
            Assert.Contains("\"verdicts\"", before, StringComparison.Ordinal);

            var victim = int.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "silo-1.pid")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(0, (await ProcessRunner.RunAsync("kill", ["-KILL", $"{victim}"], directory, new Dictionary<string, string>(), TimeSpan.FromSeconds(10))).ExitCode);

            Assert.Equal(before, await CheckUntilAnsweredAsync($"127.0.0.1:{http + 1}", ids, directory));
            Assert.Equal(before, await CheckUntilAnsweredAsync($"127.0.0.1:{http + 2}", ids, directory));
        }
        finally
        {
            await ProcessRunner.RunAsync("bash", [script, "stop", "--dir", directory], RepositoryPaths.Root, environment, TimeSpan.FromMinutes(2));
        }
    }

    /// <summary>Until the cluster has noticed the dead silo, calls to its grains time out: retry the whole check.</summary>
    private static async Task<string> CheckUntilAnsweredAsync(string endpoint, string ids, string directory)
    {
        var deadline = DateTime.UtcNow + Recovery;
        string last = "";
        while (DateTime.UtcNow < deadline)
        {
            var (code, output) = await ProcessRunner.RunAsync("node", [Path.Combine("cluster", "region.js"), "check", endpoint, ids], NodeSuite.Sdk.Directory, new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
            if (code == 0)
            {
                return output.Trim();
            }

            last = output;
            await Task.Delay(TimeSpan.FromSeconds(2)); // waiting for the membership protocol, not for a result to appear
        }

        throw new TimeoutException($"{endpoint} did not answer the region within {Recovery}: {last}\n{Logs(directory)}");
    }

    private static async Task<string> NodeAsync(string command, string endpoint, string? ids = null)
    {
        string[] arguments = ids is null ? [Path.Combine("cluster", "region.js"), command, endpoint] : [Path.Combine("cluster", "region.js"), command, endpoint, ids];
        var (code, output) = await ProcessRunner.RunAsync("node", arguments, NodeSuite.Sdk.Directory, new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
        Assert.True(code == 0, $"node cluster/region.js {command} {endpoint} failed: {output}");
        return output.Trim();
    }

    /// <summary>The first of <paramref name="count"/> consecutive free loopback ports (from a random start, to keep runs apart).</summary>
    private static int FreeRun(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var first = Random.Shared.Next(20_000, 29_000);
            if (Enumerable.Range(first, count).All(IsFree))
            {
                return first;
            }
        }

        throw new InvalidOperationException("No free run of loopback ports.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Logs(string directory) =>
        string.Join("\n", Directory.EnumerateFiles(directory, "*.log").Select(f => $"--- {Path.GetFileName(f)}\n{string.Join('\n', File.ReadLines(f).TakeLast(30))}"));
}
