namespace SgGrid.Api.Health.Findings;

/// <summary>One finding of DescribeSecurityGroupHealth: its type, the rules involved and a one-line explanation.</summary>
public sealed record HealthFinding
{
    /// <summary>
    /// <c>Shadowed</c>, <c>Conflicting</c>, <c>Redundant</c>, <c>MatchesNothing</c>, <c>PairwiseContained</c>, <c>Unused</c>,
    /// <c>RiskyExposure</c>, <c>EmptyGroup</c>, <c>UnreferencedGroup</c> or <c>GroupNearQuota</c>.
    /// </summary>
    public required string Type { get; init; }

    public required string SecurityGroupId { get; init; }

    /// <summary><c>ingress</c> or <c>egress</c>, for a rule finding.</summary>
    public string? Direction { get; init; }

    /// <summary>The rules involved: the rule the finding is about first, then the ones that explain it.</summary>
    public required RuleIdList SecurityGroupRuleIds { get; init; }

    public required string Explanation { get; init; }
}
