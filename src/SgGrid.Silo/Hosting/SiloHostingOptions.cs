using SgGrid.Grains.Hosting;

namespace SgGrid.Silo.Hosting;

/// <summary>The silo's clustering, storage and ports (configuration section <c>SgGrid:Silo</c>).</summary>
public sealed class SiloHostingOptions
{
    public const string SectionName = "SgGrid:Silo";

    public ClusteringKind Clustering { get; set; } = ClusteringKind.Localhost;

    public StorageKind Storage { get; set; } = StorageKind.Memory;

    /// <summary>Azure Storage or Azurite connection string, for Azure Table clustering or storage.</summary>
    public string? AzureTableConnectionString { get; set; }

    public string ClusterId { get; set; } = "sggrid";

    public string ServiceId { get; set; } = "sggrid";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The HTTP port on 127.0.0.1: the ECS/VPC endpoint, health, metrics (<c>--urls</c> overrides it).</summary>
    public int HttpPort { get; set; } = 8080;

    /// <summary>Serve the Orleans dashboard on <c>/dashboard</c>.</summary>
    public bool Dashboard { get; set; }

    /// <summary>Every problem with these options, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if ((Clustering != ClusteringKind.Localhost || Storage == StorageKind.AzureTable) && string.IsNullOrWhiteSpace(AzureTableConnectionString))
        {
            problems.Add($"{SectionName}:AzureTableConnectionString is required when Clustering is AzureTable or Kubernetes, or Storage is AzureTable.");
        }

        foreach (var (name, port) in new[] { (nameof(SiloPort), SiloPort), (nameof(GatewayPort), GatewayPort), (nameof(HttpPort), HttpPort) })
        {
            if (port is < 1 or > 65535)
            {
                problems.Add($"{SectionName}:{name} must be 1-65535 (was {port}).");
            }
        }

        return problems;
    }
}
