using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SgGrid.Grains.Tests.Durability;

/// <summary>
/// An Azurite (Azure Storage emulator) on loopback for the durability tests. Uses
/// <c>SGGRID_AZURITE_CONNECTION_STRING</c> when set (CI starts one); otherwise starts <c>azurite</c> from
/// <c>.tools/azurite</c> in the repository, installing it there with npm first if needed, on free ports, in memory.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "SGGRID_AZURITE_CONNECTION_STRING";
    private const string AzuriteVersion = "3.37.0";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        var azurite = await FindOrInstallAsync();
        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
                "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
                "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortAsync(table, TimeSpan.FromSeconds(60));
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    // One install per test process, however many fixtures ask (npm must not run twice into one folder).
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private static async Task<string> FindOrInstallAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            return await FindOrInstallOnceAsync();
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<string> FindOrInstallOnceAsync()
    {
        var tools = Path.Combine(RepositoryRoot(), ".tools", "azurite");
        var binary = Path.Combine(tools, "node_modules", ".bin", "azurite");
        if (File.Exists(binary))
        {
            return binary;
        }

        Directory.CreateDirectory(tools);
        var install = new ProcessStartInfo("npm")
        {
            ArgumentList = { "install", "--prefix", tools, $"azurite@{AzuriteVersion}", "--no-audit", "--no-fund", "--loglevel", "error" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = Process.Start(install) ?? throw new InvalidOperationException("npm did not start; Node 20 is needed for the durability tests.");
        var errors = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0 || !File.Exists(binary))
        {
            throw new InvalidOperationException($"npm install azurite@{AzuriteVersion} failed ({npm.ExitCode}): {await errors}");
        }

        return binary;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SgGrid.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SgGrid.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
