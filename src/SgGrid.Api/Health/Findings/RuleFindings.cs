using System.Globalization;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Analysis;
using SgGrid.Grains.Abstractions.Health;

namespace SgGrid.Api.Health.Findings;

/// <summary>Turns the grains' exact rule health, the rules themselves and their hit counts into findings with explanations.</summary>
public static class RuleFindings
{
    /// <summary>Shadowed / Conflicting / MatchesNothing / Redundant, from the exact analysis.</summary>
    public static IEnumerable<HealthFinding> FromHealth(RuleHealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var rule in report.Rules)
        {
            var self = $"Rule {rule.SecurityGroupRuleId} ({EnumParsers.ToEcsString(rule.Direction)}, priority {rule.Priority}, {EnumParsers.ToEcsString(rule.Policy)})";
            var covering = rule.Covering.Where(e => e.SecurityGroupRuleId is not null).Select(e => e.SecurityGroupRuleId!);
            if (rule.MatchesNothing)
            {
                yield return Finding(FindingTypes.MatchesNothing, rule, [],
                    $"{self} matches no packet of the ENIs it applies to (it references a group or prefix list without addresses, or its local block holds none of their addresses).");
            }
            else if (rule.Conflicting)
            {
                yield return Finding(FindingTypes.Conflicting, rule, covering,
                    $"{self} can never decide a flow: {Names(rule.Covering)} decide every packet it matches, some with the opposite verdict.");
            }
            else if (rule.Shadowed)
            {
                yield return Finding(FindingTypes.Shadowed, rule, covering,
                    $"{self} can never decide a flow: {Names(rule.Covering)} decide every packet it matches, with the same verdict.");
            }
            else if (rule.Redundant)
            {
                var fallback = rule.Fallback.Where(e => e.SecurityGroupRuleId is not null).Select(e => e.SecurityGroupRuleId!);
                yield return Finding(FindingTypes.Redundant, rule, fallback,
                    $"Removing {self} changes no verdict: {Names(rule.Fallback)} would decide its packets alike.");
            }
        }
    }

    /// <summary>The console's containment, per group and direction.</summary>
    public static IEnumerable<HealthFinding> PairwiseContained(string securityGroupId, IReadOnlyList<SecurityGroupRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var (inner, outer) in PairwiseContainment.Find(rules))
        {
            var policies = inner.Policy == outer.Policy ? "same policy" : $"opposite policies ({EnumParsers.ToEcsString(inner.Policy)} inside {EnumParsers.ToEcsString(outer.Policy)})";
            yield return new HealthFinding
            {
                Type = FindingTypes.PairwiseContained,
                SecurityGroupId = securityGroupId,
                Direction = EnumParsers.ToEcsString(inner.Direction),
                SecurityGroupRuleIds = new RuleIdList([inner.RuleId, outer.RuleId]),
                Explanation = string.Create(CultureInfo.InvariantCulture,
                    $"Rule {inner.RuleId} (priority {inner.Priority}) lies inside rule {outer.RuleId} (priority {outer.Priority}): every condition of the first is within the second's; {policies}."),
            };
        }
    }

    public static IEnumerable<HealthFinding> RiskyExposure(string securityGroupId, IReadOnlyList<SecurityGroupRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            if (ExposureCheck.Of(rule) is { } exposure)
            {
                yield return new HealthFinding
                {
                    Type = FindingTypes.RiskyExposure,
                    SecurityGroupId = securityGroupId,
                    Direction = EnumParsers.ToEcsString(rule.Direction),
                    SecurityGroupRuleIds = new RuleIdList([rule.RuleId]),
                    Explanation = $"Rule {rule.RuleId} accepts {rule.Protocol} {rule.DestinationPorts} from {exposure.Source}. {exposure.Recommendation}",
                };
            }
        }
    }

    /// <summary>Rules with no hit since <paramref name="since"/> (counted over <paramref name="counted"/>).</summary>
    public static IEnumerable<HealthFinding> Unused(string securityGroupId, IReadOnlyList<SecurityGroupRule> rules, IReadOnlyDictionary<string, long> hits, string since, string counted)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(hits);
        foreach (var rule in rules.Where(r => hits.GetValueOrDefault(r.RuleId) == 0))
        {
            yield return new HealthFinding
            {
                Type = FindingTypes.Unused,
                SecurityGroupId = securityGroupId,
                Direction = EnumParsers.ToEcsString(rule.Direction),
                SecurityGroupRuleIds = new RuleIdList([rule.RuleId]),
                Explanation = $"Rule {rule.RuleId} decided no flow {since} ({counted}): traffic never uses it.",
            };
        }
    }

    public static IReadOnlyDictionary<string, long> HitsByRule(IEnumerable<RuleHitCount> hits) =>
        hits.GroupBy(h => h.SecurityGroupRuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(h => h.Hits), StringComparer.Ordinal);

    private static HealthFinding Finding(string type, RuleHealthFinding rule, IEnumerable<string> others, string explanation) => new()
    {
        Type = type,
        SecurityGroupId = rule.SecurityGroupId,
        Direction = EnumParsers.ToEcsString(rule.Direction),
        SecurityGroupRuleIds = new RuleIdList([rule.SecurityGroupRuleId, .. others.Where(o => o != rule.SecurityGroupRuleId).Distinct(StringComparer.Ordinal)]),
        Explanation = explanation,
    };

    private static string Names(IEnumerable<HealthEntry> entries)
    {
        var names = entries.Select(Name).Distinct(StringComparer.Ordinal).ToArray();
        return names.Length == 0 ? "earlier entries" : string.Join(", ", names);
    }

    private static string Name(HealthEntry entry) => entry.Kind switch
    {
        PolicyEntryKind.Rule => string.Create(CultureInfo.InvariantCulture,
            $"rule {entry.SecurityGroupRuleId} of {entry.SecurityGroupId} (priority {entry.Priority}, {(entry.Policy is { } p ? EnumParsers.ToEcsString(p) : "")})"),
        PolicyEntryKind.IntraGroup => $"the intra-group trust of {entry.SecurityGroupId}",
        PolicyEntryKind.PlatformAllow or PolicyEntryKind.PlatformBlock => $"the platform's {entry.Name}",
        _ => "the default",
    };
}
