namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>An inclusive range of protocol numbers or ports.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfValueRange")]
public sealed record WhatIfValueRange([property: Id(0)] int First, [property: Id(1)] int Last);
