namespace SgGrid.LoadTests.WhatIf;

/// <summary>Options of the <c>whatif</c> mode.</summary>
internal sealed record WhatIfOptions
{
    /// <summary>ENIs of the VPC (10% of them hold a second group).</summary>
    public int NetworkInterfaces { get; init; } = 10_000;

    public int Groups { get; init; } = 200;

    /// <summary>Scenarios measured, one per run: clone, one-rule change, diff, delete.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Setup requests in flight.</summary>
    public int Concurrency { get; init; } = 16;
}
