using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>One side's decision on a flow, in words: the rule (group, id, priority, policy) or the implicit reason.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.SideExplanation")]
public sealed record SideExplanation
{
    [Id(0)] public required FilterDecision Decision { get; init; }
    [Id(1)] public string? SecurityGroupId { get; init; }
    [Id(2)] public string? SecurityGroupRuleId { get; init; }
    [Id(3)] public int? Priority { get; init; }
    [Id(4)] public RulePolicy? Policy { get; init; }
    [Id(5)] public string? PlatformRuleName { get; init; }
    /// <summary>The group versions the deciding filter was built from (group id → version).</summary>
    [Id(6)] public string FilterVersion { get; init; } = "";

    public bool Allowed => Decision.Allowed;

    public DecisionReason Reason => Decision.Reason;

    public static SideExplanation From(FilterDecision decision, DecisionExplanation explanation, string filterVersion) => new()
    {
        Decision = decision,
        SecurityGroupId = explanation.SecurityGroupId,
        SecurityGroupRuleId = explanation.SecurityGroupRuleId,
        Priority = explanation.Priority,
        Policy = explanation.Policy,
        PlatformRuleName = explanation.PlatformRuleName,
        FilterVersion = filterVersion,
    };
}
