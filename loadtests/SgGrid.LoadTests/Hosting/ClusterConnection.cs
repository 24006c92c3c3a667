using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;
using SgGrid.Grains.Hosting;

namespace SgGrid.LoadTests.Hosting;

/// <summary>
/// Where the harness sends grain calls: an in-process cluster of N silos (in-memory transport and storage), or an Orleans
/// client of a separately started cluster (Azure Table clustering). In-process, each silo's own grain factory is offered
/// too, so batches can be issued on the silo of their ENI (a co-hosted call: no serialization, design §4a).
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private readonly InProcessTestCluster? _cluster;
    private readonly IHost? _clientHost;

    private ClusterConnection(InProcessTestCluster? cluster, IHost? clientHost, IGrainFactory client, IReadOnlyList<IGrainFactory> silos, IReadOnlyList<string> siloAddresses, string description)
    {
        _cluster = cluster;
        _clientHost = clientHost;
        Client = client;
        Silos = silos;
        SiloAddresses = siloAddresses;
        Description = description;
    }

    /// <summary>The Orleans client (through a gateway).</summary>
    public IGrainFactory Client { get; }

    /// <summary>Each silo's grain factory (in-process only; empty for <c>--cluster</c>).</summary>
    public IReadOnlyList<IGrainFactory> Silos { get; }

    /// <summary>The silos' addresses as grains report them (<c>RuntimeIdentity</c>), index-aligned with <see cref="Silos"/>.</summary>
    public IReadOnlyList<string> SiloAddresses { get; }

    public string Description { get; }

    public bool InProcess => _cluster is not null;

    /// <summary>The index in <see cref="Silos"/> of the silo with this address, or -1.</summary>
    public int SiloIndexOf(string address)
    {
        for (var i = 0; i < SiloAddresses.Count; i++)
        {
            if (string.Equals(SiloAddresses[i], address, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public static async Task<ClusterConnection> OpenAsync(TopologyOptions options, Action<SgGridGrainOptions>? configureGrains = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ConnectionString is { Length: > 0 } connection
            ? await ConnectAsync(connection, options.ClusterId, options.ServiceId)
            : await StartInProcessAsync(options.Silos, configureGrains);
    }

    public static async Task<ClusterConnection> StartInProcessAsync(int silos, Action<SgGridGrainOptions>? configureGrains)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseSgGridGrains(StorageKind.Memory, configure: configureGrains);
            // The in-memory storage funnels every write through NumStorageGrains non-reentrant grains (default 10) and
            // serializes state as JSON: at region scale those ten grains are the bottleneck. More of them, and the Orleans
            // serializer (as the Azure Table storage uses), keep population CPU-bound.
            silo.Services.AddOptions<MemoryGrainStorageOptions>(SgGridStorage.Name).Configure<IServiceProvider>((o, services) =>
            {
                o.NumStorageGrains = 256;
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.Serializer>());
            });
            silo.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        });
        builder.ConfigureClient(client => client.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var factories = cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<IGrainFactory>()).ToArray();
        var addresses = cluster.Silos.Select(s => s.SiloAddress.ToString()).ToArray();
        return new ClusterConnection(cluster, null, cluster.Client, factories, addresses,
            $"in-process cluster of {silos} silos (in-memory transport, in-memory storage)");
    }

    public static async Task<ClusterConnection> ConnectAsync(string connectionString, string clusterId, string serviceId)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(client =>
            {
                client.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connectionString));
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = clusterId;
                    o.ServiceId = serviceId;
                });
            })
            .Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<IClusterClient>();
        return new ClusterConnection(null, host, client, [], [], $"Orleans client of cluster '{clusterId}' (Azure Table clustering, TCP)");
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        if (_clientHost is not null)
        {
            await _clientHost.StopAsync();
            _clientHost.Dispose();
        }
    }
}
