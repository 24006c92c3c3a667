namespace SgGrid.LoadTests.Joins;

/// <summary>Options of the <c>joins</c> mode.</summary>
internal sealed record JoinsOptions
{
    /// <summary>ENIs created, one CreateAsync each, all in one group.</summary>
    public int NetworkInterfaces { get; init; } = 20_000;

    /// <summary>Creations in flight (the 16 SDK requests in flight).</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>ENIs in each of the first and last windows whose rates are compared.</summary>
    public int Window { get; init; } = 1_000;
}
