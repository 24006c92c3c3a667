namespace SgGrid.Silo.Hosting;

/// <summary>How silos find each other.</summary>
public enum ClusteringKind
{
    /// <summary>One silo on this machine, no setup (the embedded default).</summary>
    Localhost = 0,

    /// <summary>A membership table in Azure Table storage (Azurite locally): many silo processes or machines.</summary>
    AzureTable = 1,
}
