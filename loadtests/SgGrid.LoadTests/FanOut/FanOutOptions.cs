namespace SgGrid.LoadTests.FanOut;

/// <summary>Options of the <c>fanout</c> mode.</summary>
internal sealed record FanOutOptions
{
    /// <summary>Group sizes to measure, one group each.</summary>
    public IReadOnlyList<int> Members { get; init; } = [1_000, 10_000];

    /// <summary>Rule changes (and referenced-membership changes) timed per group size.</summary>
    public int Changes { get; init; } = 10;

    /// <summary>Members of the referencing group in the referenced-membership measurement (at most the group size).</summary>
    public int ReferrerMembers { get; init; } = 1_000;

    /// <summary>Members whose applied version is read after every change.</summary>
    public int VerifySample { get; init; } = 200;
}
