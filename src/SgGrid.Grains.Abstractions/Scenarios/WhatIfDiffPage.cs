using System.Collections.Immutable;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>One page of a scenario's exact diff against production, with what the computation cost.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfDiffPage")]
public sealed record WhatIfDiffPage
{
    [Id(0)] public ImmutableArray<WhatIfDiffEntry> Entries { get; init; } = [];
    [Id(1)] public int TotalCount { get; init; }

    /// <summary>The token of the next page; null on the last.</summary>
    [Id(2)] public string? NextToken { get; init; }

    /// <summary>ENIs of the VPC in production and in the scenario.</summary>
    [Id(3)] public int ProductionNetworkInterfaceCount { get; init; }
    [Id(4)] public int ScenarioNetworkInterfaceCount { get; init; }

    /// <summary>Distinct effective policies (equivalence classes of ENIs) built for both worlds.</summary>
    [Id(5)] public int PolicyClassCount { get; init; }
    [Id(6)] public TimeSpan ComputeTime { get; init; }
}
