namespace SgGrid.LoadTests.Churn;

/// <summary>Options of the <c>churn</c> mode.</summary>
internal sealed record ChurnOptions
{
    /// <summary>Seconds of flows without changes (the baseline), then the same with changes.</summary>
    public double Seconds { get; init; } = 10;

    /// <summary>Rule changes per second during the churn phase (each an Authorize or a Revoke that waits for convergence).</summary>
    public double ChangesPerSecond { get; init; } = 4;

    /// <summary>Members probed after each change.</summary>
    public int ProbesPerChange { get; init; } = 8;

    public int Tenants { get; init; } = 2;

    public int GroupsPerVpc { get; init; } = 8;

    public int NetworkInterfacesPerVpc { get; init; } = 128;

    public int BatchSize { get; init; } = 2048;

    public int Concurrency { get; init; } = 4;

    public string Route { get; init; } = "silo";
}
