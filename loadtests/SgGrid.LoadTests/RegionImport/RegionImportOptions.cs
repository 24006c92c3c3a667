namespace SgGrid.LoadTests.RegionImport;

/// <summary>Options of the <c>region</c> mode.</summary>
internal sealed record RegionImportOptions
{
    /// <summary>ENIs of the generated region (one VPC).</summary>
    public int NetworkInterfaces { get; init; } = 100_000;

    public int Groups { get; init; } = 2_000;

    /// <summary>Members of the large group whose rule change is timed (capped at the ENIs).</summary>
    public int LargeGroupMembers { get; init; } = 5_000;

    public int PrefixLists { get; init; } = 20;

    /// <summary>Rule counts and weights of the groups (mean ~80, so 2,000 groups hold ≥ 150,000 rules).</summary>
    public string Rules { get; init; } = "40:50,100:40,199:10";

    /// <summary>DescribeNetworkInterfaces pages timed (MaxResults 100 style pages, random page numbers).</summary>
    public int Pages { get; init; } = 300;

    /// <summary>Rule changes, clones and diffs timed.</summary>
    public int Runs { get; init; } = 3;
}
