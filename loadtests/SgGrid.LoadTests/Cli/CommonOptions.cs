using SgGrid.LoadTests.Hosting;

namespace SgGrid.LoadTests.Cli;

/// <summary>Options every mode takes: the topology, the seed and the result files.</summary>
internal sealed record CommonOptions
{
    public TopologyOptions Topology { get; init; } = new();

    public int Seed { get; init; } = 1;

    /// <summary>Where to write the JSON result (machine, options, figures); null for none.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Where to write the self-contained HTML report; null for none.</summary>
    public string? ReportPath { get; init; }
}
