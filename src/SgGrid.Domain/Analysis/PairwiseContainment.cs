using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// The console's rule containment, reported for familiarity: within one group and direction, rule A is contained in rule
/// B when every condition of A lies inside B's (protocol, ports, remote, local block, NIC type) and A's priority is not
/// higher than B's. Unlike <see cref="RuleHealthAnalyzer"/> it looks at pairs, not at everything before a rule, and it
/// ignores policies (the pair is reported with both).
/// </summary>
/// <remarks>
/// Containment is a relation, reported whole: two rules with the same conditions and the same priority each lie inside the
/// other, so both ordered pairs are reported — in particular, of two such rules with opposite policies, the accept that can
/// never decide (the drop wins the tie) is always reported as contained, whatever the rule ids.
/// </remarks>
public static class PairwiseContainment
{
    /// <summary>Every ordered (inner, outer) pair among <paramref name="rules"/> with inner contained in outer, inner first in rule order.</summary>
    public static IEnumerable<(SecurityGroupRule Inner, SecurityGroupRule Outer)> Find(IReadOnlyList<SecurityGroupRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = 0; j < rules.Count; j++)
            {
                if (i != j && Contains(rules[j], rules[i]))
                {
                    yield return (rules[i], rules[j]);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="inner"/>'s conditions lie inside <paramref name="outer"/>'s and its priority is not higher.</summary>
    public static bool Contains(SecurityGroupRule outer, SecurityGroupRule inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        return outer.Direction == inner.Direction
            && outer.Priority <= inner.Priority
            && outer.NicType == inner.NicType
            && (outer.Protocol.IsAll || outer.Protocol == inner.Protocol)
            && (!outer.Protocol.HasPorts || (outer.DestinationPorts.Contains(inner.DestinationPorts) && outer.SourcePorts.Contains(inner.SourcePorts)))
            && RemoteContains(outer.Remote, inner.Remote)
            && (outer.LocalCidr is not { } block || (inner.LocalCidr is { } local && block.Family == local.Family && block.Contains(local)));
    }

    private static bool RemoteContains(RemotePeer outer, RemotePeer inner) => (outer, inner) switch
    {
        (CidrPeer o, CidrPeer i) => o.Cidr.Family == i.Cidr.Family && o.Cidr.Contains(i.Cidr),
        _ => outer == inner,
    };
}
