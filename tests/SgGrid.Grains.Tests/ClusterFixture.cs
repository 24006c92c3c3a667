using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Tests;

/// <summary>One in-process cluster of two silos with in-memory storage, shared by every test of the assembly.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The per-group rule quota the cluster enforces (lowered from 200 so quota tests stay small).</summary>
    public const int RulesPerGroup = 60;

    /// <summary>A tenant with its own, smaller quotas (per-tenant configuration).</summary>
    public const string SmallTenant = "1000000000001";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((options, silo) =>
        {
            silo.UseSgGridGrains(StorageKind.Memory, configure: o =>
            {
                o.Quotas = new SecurityGroupQuotas { RulesPerGroup = RulesPerGroup };
                o.TenantQuotas[SmallTenant] = new SecurityGroupQuotas { GroupsPerNetworkInterface = 2, RulesPerNetworkInterface = 3, SecurityGroupsPerRegion = 4 };
            });

            // Exactness tests on a loaded machine: no analysis refused for its time (the bounds have their own tests).
            silo.Services.Configure<SgGrid.Grains.Analysis.AnalysisOptions>(o => o.MaxAnalysisTime = TimeSpan.FromMinutes(5));
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
