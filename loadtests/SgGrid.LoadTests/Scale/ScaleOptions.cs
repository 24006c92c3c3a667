namespace SgGrid.LoadTests.Scale;

/// <summary>Options of the <c>scale</c> mode.</summary>
internal sealed record ScaleOptions
{
    public int NetworkInterfaces { get; init; } = 1_000_000;

    public int Groups { get; init; } = 10_000;

    /// <summary>Tenants holding the region (one VPC and directory each); default one per 1,000 ENIs.</summary>
    public int Tenants { get; init; }

    /// <summary>Rules per group.</summary>
    public int RulesPerGroup { get; init; } = 5;

    /// <summary>Memory samples taken while populating (for the memory-over-size chart).</summary>
    public int Checkpoints { get; init; } = 5;
}
