using System.Collections.Immutable;

namespace SgGrid.Api.Health.Findings;

/// <summary>The finding types, in the order findings are listed.</summary>
public static class FindingTypes
{
    public const string Conflicting = nameof(Conflicting);
    public const string Shadowed = nameof(Shadowed);
    public const string MatchesNothing = nameof(MatchesNothing);
    public const string Redundant = nameof(Redundant);
    public const string PairwiseContained = nameof(PairwiseContained);
    public const string Unused = nameof(Unused);
    public const string RiskyExposure = nameof(RiskyExposure);
    public const string EmptyGroup = nameof(EmptyGroup);
    public const string UnreferencedGroup = nameof(UnreferencedGroup);
    public const string GroupNearQuota = nameof(GroupNearQuota);

    public static ImmutableArray<string> Order { get; } =
        [Conflicting, Shadowed, MatchesNothing, Redundant, PairwiseContained, Unused, RiskyExposure, EmptyGroup, UnreferencedGroup, GroupNearQuota];
}
