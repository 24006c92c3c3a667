using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Diagnostics;
using SgGrid.Grains.FanOut;
using SgGrid.Grains.Filters;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.Hosting;

/// <summary>Registers what the grains need on every silo: options, instruments, the per-silo caches and the analysis bounds.</summary>
public static class SgGridGrainsServiceCollectionExtensions
{
    public static IServiceCollection AddSgGridGrains(this IServiceCollection services, Action<SgGridGrainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SgGridGrainOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.FanOutConcurrency > 0, "SgGrid:Grains:FanOutConcurrency must be positive.").ValidateOnStart();
        services.AddOptions<AnalysisOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AnalysisOptions>, AnalysisOptionsValidator>();
        services.AddMetrics();
        services.AddSingleton<AnalysisInstruments>();
        services.AddSingleton<AnalysisGate>();
        services.AddSingleton<ProductionWorlds>();
        services.AddSingleton<GrainInstruments>();
        services.AddSingleton<GroupSnapshotCache>();
        services.AddSingleton<CompiledFilterCache>();
        // Group changes travel once per silo (docs/fan-out.md).
        services.AddSingleton<SiloBroadcaster>();
        services.AddPlacementDirector<SiloBoundPlacement, SiloBoundPlacementDirector>();
        return services;
    }
}
