namespace SgGrid.Grains.Analysis;

/// <summary>
/// Bounds on the expensive analyses (DescribeWhatIfDiff, DescribeSecurityGroupHealth): how many run at once per tenant
/// and per silo, how long one waits for a slot and computes, and how much each cache may hold. Together they bound the
/// CPU and memory one tenant can take from the others (issue 14.1; docs/semantics.md, "Expensive analyses").
/// </summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "SgGrid:Grains:Analysis";

    /// <summary>Analyses of one tenant in progress at once on a silo; one more is refused at once with <c>Throttling.User</c>.</summary>
    public int MaxConcurrentAnalysesPerTenant { get; set; } = 2;

    /// <summary>Analyses computing at once on a silo, all tenants together (half the cores: the rest serve flows and calls).</summary>
    public int MaxConcurrentAnalyses { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How long an analysis waits for one of the silo's slots before it is refused with <c>Throttling</c>.</summary>
    public TimeSpan MaxAnalysisWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one analysis may take, waits and grain calls included; longer is refused as too complex.</summary>
    public TimeSpan MaxAnalysisTime { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Effective policies of production worlds a silo keeps (shared by every scenario of every VPC).</summary>
    public int MaxCachedProductionPolicies { get; set; } = 20_000;

    /// <summary>Production worlds (one per VPC, the latest version) a silo keeps.</summary>
    public int MaxCachedProductionWorlds { get; set; } = 64;

    /// <summary>Effective policies one scenario keeps for its own world between calls.</summary>
    public int MaxCachedScenarioPolicies { get; set; } = 2_000;
}
