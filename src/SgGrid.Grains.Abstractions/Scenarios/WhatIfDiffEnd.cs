using System.Collections.Immutable;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>One end of a difference: an ENI and its addresses concerned, or external addresses as minimal CIDR blocks.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfDiffEnd")]
public sealed record WhatIfDiffEnd
{
    /// <summary>The ENI (of the scenario, or of production when the scenario no longer has it); null for external addresses.</summary>
    [Id(0)] public string? NetworkInterfaceId { get; init; }
    [Id(1)] public ImmutableArray<string> Cidrs { get; init; } = [];
}
