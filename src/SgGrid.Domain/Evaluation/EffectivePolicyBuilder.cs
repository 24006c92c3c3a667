using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Evaluation;

/// <summary>Pools the rules of an ENI's groups into its effective policy, resolving references to address sets.</summary>
public static class EffectivePolicyBuilder
{
    /// <summary>Builds the effective policy of an ENI that belongs to <paramref name="groups"/> (in association order).</summary>
    /// <returns>The policy, or an error when the ENI has no group or mixes basic and advanced groups.</returns>
    public static DomainResult<EffectivePolicy> Build(IReadOnlyList<SecurityGroupSnapshot> groups, IPeerResolver resolver, EmulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(options);
        if (groups.Count == 0)
        {
            return DomainResults.Failure<EffectivePolicy>(new EcsError(EcsErrorCodes.MissingSecurityGroup,
                "An instance or network interface must belong to at least one security group."));
        }

        var type = groups[0].Type;
        if (groups.Any(g => g.Type != type))
        {
            return DomainResults.Failure<EffectivePolicy>(new EcsError(EcsErrorCodes.SecurityGroupTypeMismatch,
                "A network interface cannot be associated with both basic and advanced security groups."));
        }

        var groupIds = groups.Select(g => g.GroupId).ToImmutableArray();
        var internalAddresses = InternalAddresses.Of(groups);
        var ingress = BuildDirection(Direction.Ingress, type, groupIds, groups, resolver, options, internalAddresses);
        var egress = BuildDirection(Direction.Egress, type, groupIds, groups, resolver, options, internalAddresses);
        return DomainResults.Success(new EffectivePolicy(type, groupIds, ingress, egress));
    }

    private static DirectionalPolicy BuildDirection(
        Direction direction,
        SecurityGroupType type,
        ImmutableArray<string> groupIds,
        IReadOnlyList<SecurityGroupSnapshot> groups,
        IPeerResolver resolver,
        EmulationOptions options,
        AddressSet internalAddresses)
    {
        var ordered = new List<(EffectiveRule Rule, int Position)>();
        var resolved = new Dictionary<RemotePeer, AddressSet>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            for (var r = 0; r < group.Rules.Length; r++)
            {
                var rule = group.Rules[r];
                if (rule.Direction != direction)
                {
                    continue;
                }

                if (!resolved.TryGetValue(rule.Remote, out var addresses))
                {
                    addresses = rule.Remote switch
                    {
                        CidrPeer cidr => AddressSet.Of(cidr.Cidr),
                        SecurityGroupPeer reference => resolver.ResolveSecurityGroup(reference.GroupId, reference.OwnerAccount),
                        PrefixListPeer prefixList => resolver.ResolvePrefixList(prefixList.PrefixListId),
                        _ => throw new InvalidOperationException($"Unknown remote peer {rule.Remote}."),
                    };
                    resolved[rule.Remote] = addresses;
                }

                ordered.Add((new EffectiveRule(g, group.GroupId, rule, addresses), ordered.Count));
            }
        }

        // Priority ascending, drop before accept at equal priority; group order then rule order keep ties stable.
        ordered.Sort((a, b) =>
        {
            var byPriority = a.Rule.Rule.Priority.CompareTo(b.Rule.Rule.Priority);
            if (byPriority != 0)
            {
                return byPriority;
            }

            var byPolicy = (a.Rule.Rule.Policy == RulePolicy.Drop ? 0 : 1).CompareTo(b.Rule.Rule.Policy == RulePolicy.Drop ? 0 : 1);
            return byPolicy != 0 ? byPolicy : a.Position.CompareTo(b.Position);
        });

        var trustApplies = direction == Direction.Ingress || options.IntraGroupBypass == IntraGroupBypass.Both;
        var trust = trustApplies
            ? groups.Select((g, i) => (g, i)).Where(x => x.g.TrustsMembers && !x.g.MemberAddresses.IsEmpty)
                .Select(x => new IntraGroupTrust(x.i, x.g.GroupId, x.g.MemberAddresses)).ToImmutableArray()
            : [];

        return new DirectionalPolicy(
            direction,
            type,
            groupIds,
            ordered.Select(o => o.Rule).ToImmutableArray(),
            trust,
            options.BlockOutboundTcp25,
            options.PlatformAllow,
            internalAddresses);
    }
}
