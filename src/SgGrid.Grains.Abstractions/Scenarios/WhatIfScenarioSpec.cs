using System.Collections.Immutable;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>What CreateWhatIfScenario asks for: a staging copy of one VPC of the owner's production region.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfScenarioSpec")]
public sealed record WhatIfScenarioSpec
{
    /// <summary>The production owner (account and region) whose VPC is cloned.</summary>
    [Id(0)] public required ResourceOwner Owner { get; init; }
    [Id(1)] public required string VpcId { get; init; }

    /// <summary>The groups the scenario is about (empty: every group of the VPC): only they may change, and Apply promotes them.</summary>
    [Id(2)] public ImmutableArray<string> SecurityGroupIds { get; init; } = [];
    [Id(3)] public string Name { get; init; } = "";
    [Id(4)] public string Description { get; init; } = "";
}
