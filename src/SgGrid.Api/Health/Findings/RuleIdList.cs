namespace SgGrid.Api.Health.Findings;

/// <summary><c>{"SecurityGroupRuleId": [...]}</c>.</summary>
public sealed record RuleIdList(IReadOnlyList<string> SecurityGroupRuleId);
