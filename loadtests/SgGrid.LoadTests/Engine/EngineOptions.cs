namespace SgGrid.LoadTests.Engine;

/// <summary>Options of the <c>engine</c> mode.</summary>
internal sealed record EngineOptions
{
    /// <summary>ClassBench rule file (its trace is <c>{set}_trace</c>, or the 1k file's for the 10k sets).</summary>
    public string Set { get; init; } = "acl1_1k";

    /// <summary>The first N rules of the file (0: all).</summary>
    public int Rules { get; init; }

    /// <summary>Seconds per measurement (compiled, then reference).</summary>
    public double Seconds { get; init; } = 2;

    /// <summary>The ClassBench folder; found above the working directory when null.</summary>
    public string? DataDirectory { get; init; }
}
