using System.Collections.Immutable;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>What ApplyWhatIfScenario promoted: one entry per group in scope whose rules or policy differed.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfApplyResult")]
public sealed record WhatIfApplyResult
{
    [Id(0)] public ImmutableArray<WhatIfGroupPromotion> Groups { get; init; } = [];
    [Id(1)] public DateTimeOffset ApplyTime { get; init; }
}
