using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Validation;

/// <summary>
/// What rules weigh against the rule limits (decision D5, docs/semantics.md): a rule counts 1, a prefix-list rule counts its
/// list's <c>MaxEntries</c> (not its current size), both against the per-group limit and against the per-ENI limit of all the
/// ENI's groups together. The one definition of a group's weight: the grains and the validator all count with it.
/// </summary>
public static class RuleWeights
{
    /// <summary>Every list weighs 1: for callers that know no list's size (a prefix-list rule then counts as one rule).</summary>
    public static int UnknownList(string prefixListId) => 1;

    /// <summary>The weight of one rule; <paramref name="maxEntries"/> gives a list's MaxEntries by id.</summary>
    public static int Of(SecurityGroupRule rule, Func<string, int> maxEntries)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(maxEntries);
        return rule.Remote is PrefixListPeer list ? Math.Max(1, maxEntries(list.PrefixListId)) : 1;
    }

    /// <summary>The weight of a group's rules (both directions).</summary>
    public static int Of(IEnumerable<SecurityGroupRule> rules, Func<string, int> maxEntries)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var weight = 0;
        foreach (var rule in rules)
        {
            weight = checked(weight + Of(rule, maxEntries));
        }

        return weight;
    }

    /// <summary>Whether a group weighing <paramref name="weightAfter"/> exceeds the per-group limit (<c>AuthorizationLimitExceed</c>).</summary>
    public static bool ExceedsGroupLimit(int weightAfter, SecurityGroupQuotas quotas)
    {
        ArgumentNullException.ThrowIfNull(quotas);
        return weightAfter > quotas.RulesPerGroup;
    }
}
