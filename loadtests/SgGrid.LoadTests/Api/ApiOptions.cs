namespace SgGrid.LoadTests.Api;

/// <summary>Options of the <c>api</c> mode.</summary>
internal sealed record ApiOptions
{
    /// <summary><c>host:port</c> of a running SgGrid; null to start one in-process on a free loopback port.</summary>
    public string? Endpoint { get; init; }

    public string AccessKeyId { get; init; } = "loadtest-key";

    public string AccessKeySecret { get; init; } = "loadtest-secret";

    public string RegionId { get; init; } = "cn-hangzhou";

    /// <summary>Seconds of the fixed-rate phase.</summary>
    public double Seconds { get; init; } = 20;

    /// <summary>CheckFlow requests per second in the fixed-rate phase.</summary>
    public double FlowRate { get; init; } = 2_000;

    /// <summary>Requests per second of each mutation pair stream (Authorize/Revoke, Join/Leave, ModifySecurityGroupPolicy).</summary>
    public double MutationRate { get; init; } = 20;

    /// <summary>Requests per second of each describe action.</summary>
    public double DescribeRate { get; init; } = 20;

    /// <summary>Callers of the closed-loop phase (each sends CheckFlow back to back); 0 skips it.</summary>
    public int ClosedLoopCallers { get; init; } = 16;

    /// <summary>Seconds of the closed-loop phase.</summary>
    public double ClosedLoopSeconds { get; init; } = 5;

    /// <summary>Flows per CheckFlows request of the batch closed loop (callers: a quarter of <see cref="ClosedLoopCallers"/>, at least 1).</summary>
    public int BatchFlows { get; init; } = 1_000;

    /// <summary>Which actions to drive (default all).</summary>
    public IReadOnlyList<string> Actions { get; init; } = ApiWorkload.AllActions;

    /// <summary>ENIs created for the flows.</summary>
    public int NetworkInterfaces { get; init; } = 20;
}
