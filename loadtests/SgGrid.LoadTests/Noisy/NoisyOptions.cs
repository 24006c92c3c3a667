namespace SgGrid.LoadTests.Noisy;

/// <summary>Options of the <c>noisy</c> mode (issue 14.1's storm; defaults are the full size).</summary>
internal sealed record NoisyOptions
{
    /// <summary>ENIs of the noisy tenant's VPC (built like the <c>whatif</c> mode's), besides the health group's members.</summary>
    public int NetworkInterfaces { get; init; } = 2_000;

    public int Groups { get; init; } = 100;

    /// <summary>Scenarios of the VPC, each with a one-rule change; one DescribeWhatIfDiff caller per scenario.</summary>
    public int Scenarios { get; init; } = 20;

    /// <summary>DescribeSecurityGroupHealth callers, all on the health group.</summary>
    public int HealthCallers { get; init; } = 20;

    /// <summary>Rules of the health group.</summary>
    public int HealthRules { get; init; } = 200;

    /// <summary>Members of the health group (each also in one tier group, so they form many classes).</summary>
    public int HealthMembers { get; init; } = 200;

    /// <summary>Seconds the storm lasts (each noisy caller calls again as soon as it is answered).</summary>
    public double Seconds { get; init; } = 30;

    /// <summary>Seconds the quiet tenant's CheckFlow is measured alone before the storm.</summary>
    public double BaselineSeconds { get; init; } = 5;

    /// <summary>The quiet tenant's CheckFlow calls in flight.</summary>
    public int QuietConcurrency { get; init; } = 4;

    /// <summary>How long a noisy caller waits after a throttling answer before it calls again (an SDK's backoff).</summary>
    public int BackoffMilliseconds { get; init; } = 100;

    /// <summary>Setup requests in flight.</summary>
    public int Concurrency { get; init; } = 16;
}
