using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Evaluation;

/// <summary>
/// The executable specification: decides a flow on one direction of one ENI by walking the policy in order, as
/// the evaluation order of docs/semantics.md reads. Slow on purpose (a linear scan); the oracle for the compiler and its benchmark baseline.
/// </summary>
public static class ReferenceEvaluator
{
    public static FilterDecision Evaluate(DirectionalPolicy policy, in Flow flow)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var direction = policy.Direction;
        var remote = new NetworkAddress(flow.RemoteFor(direction), flow.Family);

        // Platform: outbound TCP 25 leaving the internal network (private ranges, the VPC's blocks) is blocked before any rule (D2).
        if (policy.BlockOutboundTcp25 && flow.Protocol == IpProtocol.TcpNumber && flow.DestinationPort == 25 &&
            !policy.InternalAddresses.Contains(remote))
        {
            return new FilterDecision(false, DecisionReason.Platform, -1);
        }

        // Platform: traffic allowed whatever the rules say (D2).
        for (var i = 0; i < policy.PlatformAllow.Length; i++)
        {
            if (policy.PlatformAllow[i].Matches(direction, flow))
            {
                return new FilterDecision(true, DecisionReason.Platform, i);
            }
        }

        // Intra-group trust: the peer shares a basic group with Accept, before any custom rule (D1, D10).
        foreach (var trust in policy.IntraGroupTrust)
        {
            if (trust.Members.Contains(remote))
            {
                return new FilterDecision(true, DecisionReason.IntraGroup, trust.GroupIndex);
            }
        }

        // Custom rules of all groups, pooled and sorted: the first match decides.
        for (var i = 0; i < policy.Rules.Length; i++)
        {
            if (policy.Rules[i].Matches(direction, flow))
            {
                return new FilterDecision(policy.Rules[i].Rule.Policy == RulePolicy.Accept, DecisionReason.Rule, i);
            }
        }

        // Nothing matched: the group type's implicit default.
        return FilterDecision.Default(policy.DefaultAllows);
    }
}
