namespace SgGrid.LoadTests.Flows;

/// <summary>Options of the <c>flows</c> mode.</summary>
internal sealed record FlowsOptions
{
    /// <summary>Flows decided in the measured evaluation run (and again in the transport-only run).</summary>
    public long Flows { get; init; } = 10_000_000;

    public int Tenants { get; init; } = 2;

    public int VpcsPerTenant { get; init; } = 1;

    public int GroupsPerVpc { get; init; } = 16;

    public int NetworkInterfacesPerVpc { get; init; } = 256;

    /// <summary>Rule-count distribution of the groups: <c>rules:weight,…</c>.</summary>
    public string RuleCounts { get; init; } = "10:70,50:25,150:5";

    public int BatchSize { get; init; } = 4096;

    public int DistinctBatches { get; init; } = 64;

    /// <summary>Calls in flight per silo.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary><c>silo</c>: each batch is issued on the silo of its target ENI; <c>client</c>: through the Orleans client.</summary>
    public string Route { get; init; } = "silo";

    /// <summary><c>any</c> or <c>local</c> (peers on the target's silo).</summary>
    public string Pairs { get; init; } = "any";

    public double ExternalShare { get; init; } = 0.1;

    /// <summary>Check every batch's allowed count against the reference evaluator.</summary>
    public bool Verify { get; init; } = true;

    /// <summary>Seconds of the single-thread engine measurement.</summary>
    public double EngineSeconds { get; init; } = 2;
}
