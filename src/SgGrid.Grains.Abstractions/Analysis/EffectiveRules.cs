namespace SgGrid.Grains.Abstractions.Analysis;

/// <summary>An ENI's policy of one direction, every entry in evaluation order, and the filter version it was read from.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.EffectiveRules")]
public sealed record EffectiveRules(
    [property: Id(0)] IReadOnlyList<EffectiveRuleEntry> Entries,
    [property: Id(1)] string FilterVersion,
    [property: Id(2)] string GroupType);
