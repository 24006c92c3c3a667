using SgGrid.Api.Ecs.Responses;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.WhatIf.Responses;

/// <summary>A what-if scenario as CreateWhatIfScenario and DescribeWhatIfScenarios answer it.</summary>
public sealed record ScenarioDescription
{
    public required string ScenarioId { get; init; }

    /// <summary>The RegionId that makes ordinary ECS actions act on the staging copy.</summary>
    public required string ScenarioRegionId { get; init; }

    public required string RegionId { get; init; }

    public required string VpcId { get; init; }

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary><c>Available</c> or <c>Applied</c>.</summary>
    public required string Status { get; init; }

    public required string CreationTime { get; init; }

    public string? ApplyTime { get; init; }

    /// <summary>The groups in scope: only they may change in the scenario, and Apply promotes them.</summary>
    public required SecurityGroupIdList SecurityGroupIds { get; init; }

    public int SecurityGroupCount { get; init; }

    public int NetworkInterfaceCount { get; init; }

    public int InstanceCount { get; init; }

    public static ScenarioDescription From(WhatIfScenarioInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new ScenarioDescription
        {
            ScenarioId = info.ScenarioId,
            ScenarioRegionId = info.ScenarioRegionId,
            RegionId = info.Owner.RegionId,
            VpcId = info.VpcId,
            Name = info.Name,
            Description = info.Description,
            Status = info.Status.ToString(),
            CreationTime = EcsTime.Format(info.CreationTime),
            ApplyTime = info.ApplyTime is { } applied ? EcsTime.Format(applied) : null,
            SecurityGroupIds = new SecurityGroupIdList(info.SecurityGroupIds),
            SecurityGroupCount = info.SecurityGroupCount,
            NetworkInterfaceCount = info.NetworkInterfaceCount,
            InstanceCount = info.InstanceCount,
        };
    }
}
