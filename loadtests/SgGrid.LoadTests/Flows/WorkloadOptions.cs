namespace SgGrid.LoadTests.Flows;

/// <summary>How flows are drawn from a region.</summary>
internal sealed record WorkloadOptions
{
    /// <summary>Flows per batch (one call carries a batch).</summary>
    public int BatchSize { get; init; } = 4096;

    /// <summary>Distinct batches generated; the run cycles through them (the ceiling run sends exactly the same ones).</summary>
    public int DistinctBatches { get; init; } = 64;

    /// <summary>Share of batches with an external end (half inbound from the Internet, half outbound to it).</summary>
    public double ExternalShare { get; init; } = 0.1;

    /// <summary>Share of flows aimed at a port some rule of the receiver names (the rest: random ports).</summary>
    public double RuleHitShare { get; init; } = 0.6;

    /// <summary><c>any</c>: peers anywhere in the VPC; <c>local</c>: peers on the target's silo (no cross-silo hop).</summary>
    public string Pairs { get; init; } = "any";

    public int Seed { get; init; } = 1;
}
