using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Analysis;

/// <summary>How many flow decisions a rule made (DescribeRuleHits): every single, batch and load evaluation counts.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.RuleHitCount")]
public sealed record RuleHitCount(
    [property: Id(0)] string SecurityGroupRuleId,
    [property: Id(1)] Direction Direction,
    [property: Id(2)] long Hits);
