using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// Exact, set-based rule health (decision D9): for each rule of a policy, walks the entries before it with the packets it
/// matches (what is left is what it decides) and the entries after it with what it decides (what would decide those
/// packets without it). IPv4 and IPv6 are analyzed separately and combined.
/// </summary>
public static class RuleHealthAnalyzer
{
    /// <summary>
    /// The health of every rule of <paramref name="policy"/> (or of those <paramref name="wanted"/> selects by index) for
    /// packets to or from <paramref name="localAddresses"/> (null: any), in rule order.
    /// </summary>
    /// <remarks><paramref name="cancellationToken"/> is checked before each family's space and each rule: a caller that is gone stops the work.</remarks>
    public static ImmutableArray<RuleHealth> Analyze(DirectionalPolicy policy, AddressSet? localAddresses, Func<int, bool>? wanted = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var indexes = Enumerable.Range(0, policy.Rules.Length).Where(i => wanted is null || wanted(i)).ToArray();
        if (indexes.Length == 0)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var v4 = PolicySpace.Build(policy, IpFamily.IPv4, localAddresses);
        cancellationToken.ThrowIfCancellationRequested();
        var v6 = PolicySpace.Build(policy, IpFamily.IPv6, localAddresses);
        var health = ImmutableArray.CreateBuilder<RuleHealth>(indexes.Length);
        foreach (var index in indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            health.Add(Analyze(v4, index).And(Analyze(v6, index)));
        }

        return health.MoveToImmutable();
    }

    /// <summary>The health of rule <paramref name="ruleIndex"/> within one family's space.</summary>
    public static RuleHealth Analyze(PolicySpace space, int ruleIndex)
    {
        ArgumentNullException.ThrowIfNull(space);
        var position = space.EntryOfRule(ruleIndex);
        var rule = space.Entries[position];
        var decided = rule.Matches;
        var covering = ImmutableArray.CreateBuilder<PolicyEntryRef>();
        var opposite = false;
        for (var j = 0; j < position && !decided.IsEmpty; j++)
        {
            var earlier = space.Entries[j];
            if (decided.Intersect(earlier.Matches).IsEmpty)
            {
                continue;
            }

            covering.Add(new PolicyEntryRef(earlier.Kind, earlier.Index));
            opposite |= earlier.Allows != rule.Allows;
            decided = decided.Subtract(earlier.Matches);
        }

        var matchesNothing = rule.Matches.IsEmpty;
        var shadowed = decided.IsEmpty;
        var redundant = true;
        var fallback = ImmutableArray.CreateBuilder<PolicyEntryRef>();
        var rest = decided;
        for (var j = position + 1; j < space.Entries.Length && !rest.IsEmpty; j++)
        {
            var later = space.Entries[j];
            if (rest.Intersect(later.Matches).IsEmpty)
            {
                continue;
            }

            if (later.Allows != rule.Allows)
            {
                redundant = false;
                break;
            }

            fallback.Add(new PolicyEntryRef(later.Kind, later.Index));
            rest = rest.Subtract(later.Matches);
        }

        return new RuleHealth(ruleIndex, matchesNothing, shadowed, shadowed && opposite && !matchesNothing, redundant,
            covering.ToImmutable(), redundant ? fallback.ToImmutable() : []);
    }
}
