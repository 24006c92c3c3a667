using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Persistence;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Faults;

/// <summary>
/// A one-silo cluster whose SgGrid storage is the in-memory one behind <see cref="FaultInjectingGrainStorage"/>, and
/// whose partitioned maps are tiny (<see cref="Partitions"/>), so a tenant reaches the storage bound with a few hundred resources.
/// </summary>
public sealed class FaultClusterFixture : IAsyncLifetime
{
    public static readonly PartitionLimits Partitions = new() { SplitBytes = 4096, MaxPartitions = 8 };

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    internal FaultInjectingGrainStorage Storage =>
        (FaultInjectingGrainStorage)Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((options, silo) =>
        {
            silo.UseSgGridGrains(StorageKind.Memory, configure: o => o.Partitions = Partitions);
            // Registered last, so it is the one the grains resolve; it wraps a memory storage configured like the silo's.
            silo.Services.AddKeyedSingleton<IGrainStorage>(SgGridStorage.Name, (services, key) =>
                new FaultInjectingGrainStorage(MemoryGrainStorageFactory.Create(services, (string)key!)));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
