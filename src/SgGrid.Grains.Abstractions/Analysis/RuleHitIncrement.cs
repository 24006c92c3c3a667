using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Analysis;

/// <summary>Hits to add to one rule of one group on one ENI (a verified flow-log replay's counts).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.RuleHitIncrement")]
public sealed record RuleHitIncrement(
    [property: Id(0)] string SecurityGroupId,
    [property: Id(1)] string SecurityGroupRuleId,
    [property: Id(2)] Direction Direction,
    [property: Id(3)] long Hits);
