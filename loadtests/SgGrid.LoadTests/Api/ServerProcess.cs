using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SgGrid.LoadTests.Api;

/// <summary>
/// SgGrid in a process of its own (the built <c>SgGrid.Silo.dll</c>, found beside the harness or under
/// <c>src/SgGrid.Silo/bin/{Release,Debug}</c>): one silo, in-memory storage, the tenant of <see cref="InProcessServer"/>, so
/// the harness — the client — measures over HTTP without sharing the server's process, heap or thread pool.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's working set now, in bytes.</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    public static async Task<ServerProcess> StartAsync(string accessKeyId, string accessKeySecret, CancellationToken cancellationToken)
    {
        var silo = FindSilo() ?? throw new InvalidOperationException("SgGrid.Silo.dll not found: build src/SgGrid.Silo first (dotnet build -c Release).");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            silo, "--urls", $"http://127.0.0.1:{port}", $"--SgGrid:Silo:SiloPort={FreePort()}", $"--SgGrid:Silo:GatewayPort={FreePort()}",
            $"--SgGrid:Tenants:0:AccountId={InProcessServer.AccountId}", $"--SgGrid:Tenants:0:AccessKeyId={accessKeyId}",
            $"--SgGrid:Tenants:0:AccessKeySecret={accessKeySecret}", "--SgGrid:Tenants:0:Quotas:SecurityGroupsPerRegion=100000",
            "--SgGrid:Tenants:0:Quotas:RulesPerGroup=100000", "--SgGrid:Tenants:0:Quotas:RulesPerNetworkInterface=100000",
            "--SgGrid:Tenants:0:Quotas:PermissionsPerCall=100000", "--SgGrid:Tenants:0:Quotas:PrivateIpsPerBasicGroup=1000000",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server process exited with {process.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(server.BaseAddress, "/readyz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250, cancellationToken);
        }

        await server.DisposeAsync();
        throw new TimeoutException("The server process did not answer /readyz within 3 minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string? FindSilo()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "SgGrid.Silo.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var configuration in new[] { "Release", "Debug" })
            {
                var candidate = Path.Combine(directory.FullName, "src", "SgGrid.Silo", "bin", configuration, "net10.0", "SgGrid.Silo.dll");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
