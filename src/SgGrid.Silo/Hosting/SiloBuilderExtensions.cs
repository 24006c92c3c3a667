using System.Net;
using Azure.Data.Tables;
using Orleans.Configuration;
using SgGrid.Grains.Hosting;

namespace SgGrid.Silo.Hosting;

/// <summary>Applies <see cref="SiloHostingOptions"/> to a silo: clustering, endpoints on loopback, grains and storage.</summary>
public static class SiloBuilderExtensions
{
    public static ISiloBuilder UseSgGridSilo(this ISiloBuilder silo, SiloHostingOptions options, Action<SgGridGrainOptions>? configureGrains = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });

        if (options.Clustering == ClusteringKind.Localhost)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        else
        {
            silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(options.AzureTableConnectionString));
            silo.ConfigureEndpoints(IPAddress.Loopback, options.SiloPort, options.GatewayPort);
        }

        return silo.UseSgGridGrains(options.Storage, options.AzureTableConnectionString, configureGrains);
    }
}
