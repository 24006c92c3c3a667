using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace SgGrid.Grains.Hosting;

/// <summary>Configures a silo to host SgGrid's grains: their services and their storage.</summary>
public static class SgGridSiloBuilderExtensions
{
    /// <summary>Registers the grains' services and binds <see cref="SgGridStorage.Name"/> to the chosen storage.</summary>
    /// <param name="builder">The silo.</param>
    /// <param name="storage">Memory (default) or Azure Table.</param>
    /// <param name="azureTableConnectionString">The Azure Storage (or Azurite) connection string, for <see cref="StorageKind.AzureTable"/>.</param>
    /// <param name="configure">Grain options (emulation switches, quotas, fan-out).</param>
    public static ISiloBuilder UseSgGridGrains(
        this ISiloBuilder builder,
        StorageKind storage = StorageKind.Memory,
        string? azureTableConnectionString = null,
        Action<SgGridGrainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSgGridGrains(configure);
        switch (storage)
        {
            case StorageKind.Memory:
                // The Orleans serializer (with the domain's surrogates), as for Azure Table: the default JSON one cannot
                // read back the domain's immutable types (AddressSet), so a state would be lost on reactivation.
                builder.AddMemoryGrainStorage(SgGridStorage.Name, options => options.Configure<IServiceProvider>((o, services) =>
                    o.GrainStorageSerializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.Serializer>())));
                builder.Services.PostConfigure<SgGridGrainOptions>(o => o.VolatileStorage = true);
                break;
            case StorageKind.AzureTable:
                if (string.IsNullOrWhiteSpace(azureTableConnectionString))
                {
                    throw new ArgumentException("Azure Table storage needs a connection string.", nameof(azureTableConnectionString));
                }

                builder.AddAzureTableGrainStorage(SgGridStorage.Name, options => options.Configure<IServiceProvider>((o, services) =>
                {
                    o.TableServiceClient = new TableServiceClient(azureTableConnectionString);
                    o.TableName = "SgGridState";
                    // The Orleans serializer (with the domain's surrogates) rather than JSON with type names:
                    // state types can evolve by [Id] without breaking what is stored.
                    o.GrainStorageSerializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.Serializer>());
                }));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(storage), storage, "Unknown storage kind.");
        }

        return builder;
    }
}
