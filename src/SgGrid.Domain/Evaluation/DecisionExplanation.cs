using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Evaluation;

/// <summary>A decision in words: verdict, reason, and for a rule its group, id, priority and policy.</summary>
public sealed record DecisionExplanation(bool Allowed, DecisionReason Reason, string? SecurityGroupId)
{
    public string? SecurityGroupRuleId { get; init; }
    public int? Priority { get; init; }
    public RulePolicy? Policy { get; init; }
    public string? PlatformRuleName { get; init; }

    public static DecisionExplanation ForRule(bool allowed, EffectiveRule rule) =>
        new(allowed, DecisionReason.Rule, rule.GroupId)
        {
            SecurityGroupRuleId = rule.Rule.RuleId,
            Priority = rule.Rule.Priority,
            Policy = rule.Rule.Policy,
        };

    public override string ToString() => Reason switch
    {
        DecisionReason.Rule => $"{(Allowed ? "allowed" : "denied")} by rule {SecurityGroupRuleId} of {SecurityGroupId} (priority {Priority}, {Policy})",
        DecisionReason.IntraGroup => $"allowed by intra-group trust of {SecurityGroupId}",
        DecisionReason.Platform => $"{(Allowed ? "allowed" : "denied")} by the platform ({PlatformRuleName})",
        _ => $"{(Allowed ? "allowed" : "denied")} by the default rule",
    };
}
