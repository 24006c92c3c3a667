using System.Collections.Immutable;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>A what-if scenario as DescribeWhatIfScenarios shows it.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfScenarioInfo")]
public sealed record WhatIfScenarioInfo
{
    [Id(0)] public required string ScenarioId { get; init; }

    /// <summary>The production owner the scenario was cloned from.</summary>
    [Id(1)] public required ResourceOwner Owner { get; init; }

    /// <summary>The RegionId under which ECS actions act on the staging copy.</summary>
    [Id(2)] public required string ScenarioRegionId { get; init; }
    [Id(3)] public required string VpcId { get; init; }
    [Id(4)] public string Name { get; init; } = "";
    [Id(5)] public string Description { get; init; } = "";

    /// <summary>The groups in scope (those that may change and that Apply promotes), sorted.</summary>
    [Id(6)] public ImmutableArray<string> SecurityGroupIds { get; init; } = [];
    [Id(7)] public WhatIfScenarioStatus Status { get; init; }
    [Id(8)] public DateTimeOffset CreationTime { get; init; }
    [Id(9)] public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>What was copied: the VPC's groups (with the groups and prefix lists their rules reference outside it), ENIs and instances.</summary>
    [Id(10)] public int SecurityGroupCount { get; init; }
    [Id(11)] public int NetworkInterfaceCount { get; init; }
    [Id(12)] public int InstanceCount { get; init; }

    public bool InScope(string securityGroupId) => SecurityGroupIds.Contains(securityGroupId, StringComparer.Ordinal);
}
