using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Validation;

/// <summary>A <see cref="PermissionRequest"/> that passed validation, as the rule it describes.</summary>
/// <param name="Rule">The rule, every default applied; its <see cref="SecurityGroupRule.RuleId"/> is empty until <see cref="WithRuleId"/>.</param>
/// <param name="PriorityGiven">Whether the request named a priority (a revoke without one matches any priority).</param>
public sealed record ParsedRule(SecurityGroupRule Rule, bool PriorityGiven)
{
    /// <summary>The rule with its id, ready to be stored.</summary>
    public SecurityGroupRule WithRuleId(string ruleId) => Rule with { RuleId = ruleId };
}
