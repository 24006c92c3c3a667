using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Grains.Scenarios;

/// <summary>The durable state of a what-if scenario. Stable type and ids: stored state depends on them.</summary>
[GenerateSerializer, Alias("sggrid.WhatIfScenarioState")]
public sealed class WhatIfScenarioState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public ResourceOwner? Owner { get; set; }
    [Id(2)] public string VpcId { get; set; } = "";
    [Id(3)] public string Name { get; set; } = "";
    [Id(4)] public string Description { get; set; } = "";
    [Id(5)] public List<string> ScopeSecurityGroupIds { get; set; } = [];
    [Id(6)] public WhatIfScenarioStatus Status { get; set; }
    [Id(7)] public DateTimeOffset CreationTime { get; set; }
    [Id(8)] public DateTimeOffset? ApplyTime { get; set; }
    [Id(9)] public ScenarioManifest Manifest { get; set; } = new();

    /// <summary>Set once deleted: the id is never reused.</summary>
    [Id(10)] public bool Deleted { get; set; }
}
