using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.WhatIf;
using SgGrid.Grains.Abstractions.Evaluation;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>
/// Flows whose verdict differs between production and the scenario: every flow from <see cref="Source"/> to
/// <see cref="Destination"/> with a protocol and ports in these ranges (ports 0 for protocols without ports), with each
/// world's deciding entries (null: an external end, not evaluated).
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfDiffEntry")]
public sealed record WhatIfDiffEntry
{
    [Id(0)] public required WhatIfChange Change { get; init; }
    [Id(1)] public required IpFamily Family { get; init; }
    [Id(2)] public required WhatIfDiffEnd Source { get; init; }
    [Id(3)] public required WhatIfDiffEnd Destination { get; init; }
    [Id(4)] public ImmutableArray<WhatIfValueRange> Protocols { get; init; } = [];
    [Id(5)] public ImmutableArray<WhatIfValueRange> SourcePorts { get; init; } = [];
    [Id(6)] public ImmutableArray<WhatIfValueRange> DestinationPorts { get; init; } = [];
    [Id(7)] public SideExplanation? ProductionSource { get; init; }
    [Id(8)] public SideExplanation? ProductionDestination { get; init; }
    [Id(9)] public SideExplanation? ScenarioSource { get; init; }
    [Id(10)] public SideExplanation? ScenarioDestination { get; init; }
}
