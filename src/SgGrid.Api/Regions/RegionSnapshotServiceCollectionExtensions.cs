using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SgGrid.Api.Regions.Importing;
using SgGrid.Api.Regions.Loading;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Api.Regions;

/// <summary>Registers what ImportRegion and ExportRegion need besides their action classes.</summary>
public static class RegionSnapshotServiceCollectionExtensions
{
    /// <summary>The grains' emulation switches, which the import checks rules with.</summary>
    public const string EmulationSectionName = "SgGrid:Grains:Emulation";

    public static IServiceCollection AddRegionSnapshots(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new RegionImportSettings(configuration.GetSection(EmulationSectionName).Get<EmulationOptions>() ?? EmulationOptions.Default));
        services.AddSingleton<IRegionLoader, GrainRegionLoader>();
        services.AddSingleton<RegionImportRunner>();
        return services;
    }
}
