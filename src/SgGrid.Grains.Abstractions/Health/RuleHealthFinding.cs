using System.Collections.Immutable;
using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Health;

/// <summary>
/// What one rule does, exactly (decision D9): over every ENI it applies to (for a group: every class of its members with
/// the same groups, combined — a rule is shadowed only where it is shadowed for all of them).
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.RuleHealthFinding")]
public sealed record RuleHealthFinding
{
    [Id(0)] public required string SecurityGroupId { get; init; }
    [Id(1)] public required string SecurityGroupRuleId { get; init; }
    [Id(2)] public required Direction Direction { get; init; }
    [Id(3)] public int Priority { get; init; }
    [Id(4)] public RulePolicy Policy { get; init; }
    [Id(5)] public bool MatchesNothing { get; init; }
    [Id(6)] public bool Shadowed { get; init; }
    [Id(7)] public bool Conflicting { get; init; }
    [Id(8)] public bool Redundant { get; init; }

    /// <summary>The higher-precedence entries that decide packets the rule matches.</summary>
    [Id(9)] public ImmutableArray<HealthEntry> Covering { get; init; } = [];

    /// <summary>The lower-precedence entries that would decide, alike, what the rule decides now.</summary>
    [Id(10)] public ImmutableArray<HealthEntry> Fallback { get; init; } = [];
}
