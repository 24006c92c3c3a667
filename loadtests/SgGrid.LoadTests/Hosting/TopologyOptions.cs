namespace SgGrid.LoadTests.Hosting;

/// <summary>Which cluster the harness drives: <see cref="Silos"/> in-process silos, or the cluster behind <see cref="ConnectionString"/>.</summary>
internal sealed record TopologyOptions
{
    /// <summary>In-process silos (default 2).</summary>
    public int Silos { get; init; } = 2;

    /// <summary>Azure Table (or Azurite) connection string of a separately started cluster; null for in-process.</summary>
    public string? ConnectionString { get; init; }

    public string ClusterId { get; init; } = "sggrid";

    public string ServiceId { get; init; } = "sggrid";
}
