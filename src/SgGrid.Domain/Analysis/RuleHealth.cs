using System.Collections.Immutable;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// What one rule of one ENI policy does (decision D9), exactly, over every packet of the analyzed families.
/// </summary>
/// <param name="RuleIndex">The rule's position in the policy's <see cref="Evaluation.DirectionalPolicy.Rules"/>.</param>
/// <param name="MatchesNothing">The rule matches no packet at all (e.g. it references a group without members, or its local block holds none of the ENI's addresses).</param>
/// <param name="Shadowed">Higher-precedence entries decide every packet the rule matches: it can never decide a flow.</param>
/// <param name="Conflicting">Shadowed, and some of those packets are decided with the verdict opposite to the rule's.</param>
/// <param name="Redundant">Removing the rule changes no verdict for any packet (a shadowed rule is redundant too).</param>
/// <param name="Covering">The higher-precedence entries that decide packets the rule matches (as <see cref="PolicyEntryRef"/>s).</param>
/// <param name="Fallback">The lower-precedence entries that decide, alike, the packets the rule decides now.</param>
public sealed record RuleHealth(
    int RuleIndex,
    bool MatchesNothing,
    bool Shadowed,
    bool Conflicting,
    bool Redundant,
    ImmutableArray<PolicyEntryRef> Covering,
    ImmutableArray<PolicyEntryRef> Fallback)
{
    /// <summary>The rule's health over two families (or two policies sharing it): it is shadowed or redundant only where it is in both.</summary>
    public RuleHealth And(RuleHealth other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var shadowed = Shadowed && other.Shadowed;
        return new RuleHealth(
            RuleIndex,
            MatchesNothing && other.MatchesNothing,
            shadowed,
            shadowed && (Conflicting || other.Conflicting),
            Redundant && other.Redundant,
            [.. Covering.Union(other.Covering)],
            [.. Fallback.Union(other.Fallback)]);
    }
}
