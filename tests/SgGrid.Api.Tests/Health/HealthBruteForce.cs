using SgGrid.Api.Tests.Simulation;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Tests.Shared;

namespace SgGrid.Api.Tests.Health;

/// <summary>
/// What each rule does, by brute force on a mirrored region: every packet of the grid its policy cuts
/// (<see cref="PacketGrid"/>) decided by the reference evaluator with and without the rule. A rule is expected as
/// <c>MatchesNothing</c> (no packet matches it), else <c>Conflicting</c> (it decides none and some packet it matches is
/// decided the other way), else <c>Shadowed</c> (it decides none), else <c>Redundant</c> (removing it changes no verdict).
/// </summary>
internal static class HealthBruteForce
{
    /// <summary>The facts of every rule in the policy of an ENI holding <paramref name="groups"/> with <paramref name="local"/> addresses.</summary>
    public static Dictionary<(string Direction, string RuleId), Facts> Of(MirroredRegion region, IReadOnlyList<string> groups, AddressSet? local)
    {
        ArgumentNullException.ThrowIfNull(region);
        var facts = new Dictionary<(string, string), Facts>();
        var policy = region.PolicyOfGroups(groups);
        foreach (var directional in new[] { policy.Ingress, policy.Egress })
        {
            var packets = PacketGrid.Representatives(directional, local).ToArray();
            var verdicts = packets.Select(p => ReferenceEvaluator.Evaluate(directional, p)).ToArray();
            for (var i = 0; i < directional.Rules.Length; i++)
            {
                var rule = directional.Rules[i];
                var without = region.PolicyOfGroups(groups, rule.Rule.RuleId).For(directional.Direction);
                var (matches, decides, opposite, redundant) = (false, false, false, true);
                for (var k = 0; k < packets.Length; k++)
                {
                    var matched = rule.Matches(directional.Direction, packets[k]);
                    matches |= matched;
                    decides |= verdicts[k].Reason == DecisionReason.Rule && verdicts[k].Index == i;
                    opposite |= matched && verdicts[k].Allowed != (rule.Rule.Policy == RulePolicy.Accept);
                    redundant &= ReferenceEvaluator.Evaluate(without, packets[k]).Allowed == verdicts[k].Allowed;
                }

                facts[(Name(directional.Direction), rule.Rule.RuleId)] = new Facts(!matches, !decides, !decides && opposite, redundant);
            }
        }

        return facts;
    }

    /// <summary>The facts of a group's rules over all its member ENIs (each with its own groups and addresses), or alone without members.</summary>
    public static Dictionary<(string Direction, string RuleId), Facts> OfGroup(MirroredRegion region, string groupId)
    {
        ArgumentNullException.ThrowIfNull(region);
        var own = region.RulesOf(groupId).Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var members = region.NetworkInterfaces.Where(e => region.GroupsOf(e).Contains(groupId)).ToArray();
        var perMember = members.Length == 0
            ? [Of(region, [groupId], null)]
            : members.Select(e => Of(region, region.GroupsOf(e), AddressSet.FromAddresses(region.AddressesOf(e)))).ToArray();
        return perMember.SelectMany(m => m).Where(f => own.Contains(f.Key.RuleId))
            .GroupBy(f => f.Key, f => f.Value)
            .ToDictionary(g => g.Key, g => g.Aggregate((a, b) => a.And(b)));
    }

    /// <summary>The finding type each rule should get (rules with none left out).</summary>
    public static Dictionary<(string Direction, string RuleId), string> ExpectedTypes(Dictionary<(string Direction, string RuleId), Facts> facts) =>
        facts.Where(f => f.Value.Type is not null).ToDictionary(f => f.Key, f => f.Value.Type!);

    private static string Name(Direction direction) => direction == Direction.Ingress ? "ingress" : "egress";

    internal sealed record Facts(bool MatchesNothing, bool Shadowed, bool Conflicting, bool Redundant)
    {
        public string? Type => MatchesNothing ? "MatchesNothing" : Conflicting ? "Conflicting" : Shadowed ? "Shadowed" : Redundant ? "Redundant" : null;

        /// <summary>Over two ENIs: shadowed only where shadowed for both, conflicting where shadowed and conflicting for either.</summary>
        public Facts And(Facts other)
        {
            var shadowed = Shadowed && other.Shadowed;
            return new(MatchesNothing && other.MatchesNothing, shadowed, shadowed && (Conflicting || other.Conflicting), Redundant && other.Redundant);
        }
    }
}
