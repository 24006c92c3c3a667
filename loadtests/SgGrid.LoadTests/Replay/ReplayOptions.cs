namespace SgGrid.LoadTests.Replay;

/// <summary>Options of the <c>replay</c> mode.</summary>
internal sealed record ReplayOptions
{
    /// <summary>ENIs of the generated region (one VPC).</summary>
    public int NetworkInterfaces { get; init; } = 10_000;

    public int Groups { get; init; } = 200;

    /// <summary>Rule counts and weights of the groups.</summary>
    public string Rules { get; init; } = "10:70,50:25,150:5";

    /// <summary>Flow-log records replayed in each form.</summary>
    public long Records { get; init; } = 10_000_000;

    /// <summary>Run the server in this process (smoke tests) instead of a process of its own.</summary>
    public bool InProcess { get; init; }
}
