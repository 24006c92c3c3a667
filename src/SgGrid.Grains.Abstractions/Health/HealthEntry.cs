using SgGrid.Domain.Analysis;
using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Health;

/// <summary>An entry of an ENI's evaluation order named for people: a rule (its group, id, priority, policy), a group's intra-group trust, a platform entry or the default.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.HealthEntry")]
public sealed record HealthEntry
{
    [Id(0)] public required PolicyEntryKind Kind { get; init; }
    [Id(1)] public string? SecurityGroupId { get; init; }
    [Id(2)] public string? SecurityGroupRuleId { get; init; }
    [Id(3)] public int? Priority { get; init; }
    [Id(4)] public RulePolicy? Policy { get; init; }

    /// <summary>A platform entry's name (e.g. <c>outbound TCP 25</c>).</summary>
    [Id(5)] public string? Name { get; init; }
}
