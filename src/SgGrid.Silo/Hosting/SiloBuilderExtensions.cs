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
        switch (options.Clustering)
        {
            case ClusteringKind.Localhost:
                ConfigureIds(silo, options);
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                break;
            case ClusteringKind.AzureTable:
                ConfigureIds(silo, options);
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(options.AzureTableConnectionString));
                silo.ConfigureEndpoints(IPAddress.Loopback, options.SiloPort, options.GatewayPort);
                break;
            case ClusteringKind.Kubernetes:
                // Ids, silo name and endpoints come from the pod (labels, POD_* and ORLEANS_* variables).
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = options.SiloPort;
                    o.GatewayPort = options.GatewayPort;
                });
                silo.UseKubernetesHosting();
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(options.AzureTableConnectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Clustering, "Unknown clustering kind.");
        }

        return silo.UseSgGridGrains(options.Storage, options.AzureTableConnectionString, configureGrains);
    }

    private static void ConfigureIds(ISiloBuilder silo, SiloHostingOptions options) =>
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
}
