using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Tests.FanOut;

/// <summary>
/// A cluster of its own (two silos, in-memory storage) whose silos count every grain call they receive, so that a test
/// can measure the calls an operation costs without other tests' calls mixed in.
/// </summary>
public sealed class CountedClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>Grain calls received by all silos so far.</summary>
    public long Calls => Cluster.Silos.Sum(silo => silo.ServiceProvider.GetRequiredService<GrainCallCounter>().Calls);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseSgGridGrains(StorageKind.Memory, configure: o => o.Quotas = new SecurityGroupQuotas { PrivateIpsPerBasicGroup = 100_000 });
            silo.Services.AddSingleton<GrainCallCounter>();
            silo.Services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<GrainCallCounter>());
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
