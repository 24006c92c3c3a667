using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>A rule to load with its own id, and its creation time (null: the snapshot did not say).</summary>
public sealed record PlannedRule(SecurityGroupRule Rule, DateTimeOffset? CreateTime);
