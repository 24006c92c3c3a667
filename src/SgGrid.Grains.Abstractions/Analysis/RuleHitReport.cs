namespace SgGrid.Grains.Abstractions.Analysis;

/// <summary>A group's rule hits summed over its members, every rule listed (zero when unused), and when they were last reset.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.RuleHitReport")]
public sealed record RuleHitReport(
    [property: Id(0)] IReadOnlyList<RuleHitCount> Rules,
    [property: Id(1)] DateTimeOffset? LastResetTime,
    [property: Id(2)] int MembersCounted);
