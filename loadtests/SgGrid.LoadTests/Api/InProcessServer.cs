using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using SgGrid.Silo.Hosting;

namespace SgGrid.LoadTests.Api;

/// <summary>
/// SgGrid itself, started in this process exactly as the silo executable starts (<c>SgGridApplication.Create</c>): one silo
/// with in-memory storage and the HTTP API on a free loopback port, with one tenant of known keys and lifted quotas.
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    public const string AccountId = "1000000000009999";

    private readonly WebApplication _app;

    private InProcessServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="accessKeyId">The tenant's AccessKey id.</param>
    /// <param name="accessKeySecret">Its secret.</param>
    /// <param name="extraArgs">More configuration (e.g. a second tenant, <c>--SgGrid:Tenants:1:…</c>).</param>
    public static async Task<InProcessServer> StartAsync(string accessKeyId, string accessKeySecret, params string[] extraArgs)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--SgGrid:Silo:SiloPort={FreePort()}",
            $"--SgGrid:Silo:GatewayPort={FreePort()}",
            $"--SgGrid:Tenants:0:AccountId={AccountId}",
            $"--SgGrid:Tenants:0:AccessKeyId={accessKeyId}",
            $"--SgGrid:Tenants:0:AccessKeySecret={accessKeySecret}",
            "--SgGrid:Tenants:0:Quotas:SecurityGroupsPerRegion=100000",
            "--SgGrid:Tenants:0:Quotas:RulesPerGroup=100000",
            "--SgGrid:Tenants:0:Quotas:RulesPerNetworkInterface=100000",
            "--SgGrid:Tenants:0:Quotas:PermissionsPerCall=100000",
            "--SgGrid:Tenants:0:Quotas:PrivateIpsPerBasicGroup=1000000",
            "--Logging:LogLevel:Default=Warning",
            .. extraArgs,
        ];
        var (app, problems) = SgGridApplication.Create(args);
        if (app is null)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        await app.StartAsync();
        return new InProcessServer(app, new Uri(SgGridApplication.ListeningAddresses(app).Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
