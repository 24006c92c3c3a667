namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>What ApplyWhatIfScenario did to one production group.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfGroupPromotion")]
public sealed record WhatIfGroupPromotion
{
    [Id(0)] public required string SecurityGroupId { get; init; }
    [Id(1)] public int RulesAdded { get; init; }
    [Id(2)] public int RulesRemoved { get; init; }
    [Id(3)] public int RulesModified { get; init; }
    [Id(4)] public bool InnerAccessPolicyChanged { get; init; }

    /// <summary>The group's production version after the promotion.</summary>
    [Id(5)] public long Version { get; init; }
}
