namespace SgGrid.Silo.Hosting;

/// <summary>How silos find each other.</summary>
public enum ClusteringKind
{
    /// <summary>One silo on this machine, no setup (the embedded default).</summary>
    Localhost = 0,

    /// <summary>A membership table in Azure Table storage (Azurite locally): many silo processes or machines.</summary>
    AzureTable = 1,

    /// <summary>
    /// In Kubernetes: Orleans' Kubernetes hosting names the silo after its pod, advertises the pod IP and takes the service
    /// and cluster ids from the pod's <c>orleans/serviceId</c> and <c>orleans/clusterId</c> labels; membership is kept in
    /// Azure Table storage (Kubernetes hosting is not a membership provider).
    /// </summary>
    Kubernetes = 2,
}
