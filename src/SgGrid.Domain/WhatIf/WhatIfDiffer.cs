using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.WhatIf;

/// <summary>
/// The exact difference of end-to-end verdicts between production and a scenario: every flow whose verdict differs, and
/// no other, grouped as boxes of flows between endpoints (ENIs, or external addresses as minimal CIDR blocks).
/// </summary>
/// <remarks>
/// The address space is cut into <em>address classes</em>: addresses whose owner has the same egress and ingress policy
/// in production and the same in the scenario (external addresses have none). Flows between two classes are decided by the
/// same four policies, so each pair of classes is analyzed once, with set algebra, over the union of their addresses — and
/// only pairs whose source egress or destination ingress differs between the worlds are analyzed at all. The work grows
/// with the number of classes a change touches, not with pairs of ENIs; ENIs enter only when a class pair's result is
/// split into endpoints.
/// </remarks>
public static class WhatIfDiffer
{
    /// <param name="production">Production's ENIs and policies.</param>
    /// <param name="scenario">The scenario's.</param>
    /// <param name="filter">Sources, destinations and protocols to limit the diff to (null: all).</param>
    /// <param name="cancellationToken">Checked between pairs of address classes: a caller that is gone stops the work.</param>
    public static ImmutableArray<WhatIfDifference> Diff(WhatIfWorld production, WhatIfWorld scenario, WhatIfFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(scenario);
        filter ??= WhatIfFilter.None;
        var fingerprints = new Dictionary<DirectionalPolicy, string>(ReferenceEqualityComparer.Instance);
        var results = new List<WhatIfDifference>();
        foreach (var family in new[] { IpFamily.IPv4, IpFamily.IPv6 })
        {
            cancellationToken.ThrowIfCancellationRequested();
            var classes = AddressClass.Build(production, scenario, family, fingerprints);
            var sources = filter.Sources is null ? null : PolicySpace.Set(filter.Sources, family);
            var destinations = filter.Destinations is null ? null : PolicySpace.Set(filter.Destinations, family);
            foreach (var source in classes)
            {
                foreach (var destination in classes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!source.EgressChanged && !destination.IngressChanged)
                    {
                        continue; // both sides decide as before: no flow between these classes can change
                    }

                    var from = sources is null ? source.Addresses : source.Addresses.Intersect(sources);
                    var to = destinations is null ? destination.Addresses : destination.Addresses.Intersect(destinations);
                    if (from.IsEmpty || to.IsEmpty)
                    {
                        continue;
                    }

                    foreach (var piece in Pieces(source, destination, family, from, to, filter.Protocols))
                    {
                        results.AddRange(Split(piece, source, destination, family, production, scenario));
                    }
                }
            }
        }

        return [.. results];
    }

    /// <summary>The flows between two classes whose verdict differs, as regions (ingress view: Remote = source, Local = destination) with their decisions.</summary>
    private static IEnumerable<(PacketRegion Flows, WhatIfSides Production, WhatIfSides Scenario)> Pieces(
        AddressClass source, AddressClass destination, IpFamily family, ValueSet from, ValueSet to, ValueSet? protocols)
    {
        var egress = Join(
            EgressPartition(source.ProductionEgress, family, from, to, protocols),
            source.EgressChanged ? EgressPartition(source.ScenarioEgress, family, from, to, protocols) : null);
        var ingress = Join(
            IngressPartition(destination.ProductionIngress, family, from, to, protocols),
            destination.IngressChanged ? IngressPartition(destination.ScenarioIngress, family, from, to, protocols) : null);

        foreach (var (egressFlows, productionEgress, scenarioEgress) in egress)
        {
            foreach (var (ingressFlows, productionIngress, scenarioIngress) in ingress)
            {
                var before = new WhatIfSides(productionEgress, productionIngress);
                var after = new WhatIfSides(scenarioEgress, scenarioIngress);
                if (before.Allowed == after.Allowed)
                {
                    continue;
                }

                var flows = egressFlows.Intersect(ingressFlows);
                if (!flows.IsEmpty)
                {
                    yield return (flows, before, after);
                }
            }
        }
    }

    /// <summary>Production's pieces against the scenario's (or the same decision twice when the side did not change).</summary>
    private static List<(PacketRegion Flows, FilterDecision? Production, FilterDecision? Scenario)> Join(
        ImmutableArray<(PacketRegion Flows, FilterDecision? Decision)> production,
        ImmutableArray<(PacketRegion Flows, FilterDecision? Decision)>? scenario)
    {
        if (scenario is not { } changed)
        {
            return [.. production.Select(p => (p.Flows, p.Decision, p.Decision))];
        }

        var joined = new List<(PacketRegion, FilterDecision?, FilterDecision?)>();
        foreach (var before in production)
        {
            foreach (var after in changed)
            {
                var flows = before.Flows.Intersect(after.Flows);
                if (!flows.IsEmpty)
                {
                    joined.Add((flows, before.Decision, after.Decision));
                }
            }
        }

        return joined;
    }

    /// <summary>The sender's first-match partition turned into the ingress view (an external sender: one piece, not evaluated).</summary>
    private static ImmutableArray<(PacketRegion Flows, FilterDecision? Decision)> EgressPartition(DirectionalPolicy? policy, IpFamily family, ValueSet from, ValueSet to, ValueSet? protocols)
    {
        if (policy is null)
        {
            return [(Limit(Universe(family, remote: from, local: to), protocols), null)];
        }

        return [.. SidePartition.Of(PolicySpace.Build(policy, family, localAddresses: from, remoteAddresses: to))
            .Select(p => (Limit(Swap(p.Packets), protocols), (FilterDecision?)p.Decision))
            .Where(p => !p.Item1.IsEmpty)];
    }

    private static ImmutableArray<(PacketRegion Flows, FilterDecision? Decision)> IngressPartition(DirectionalPolicy? policy, IpFamily family, ValueSet from, ValueSet to, ValueSet? protocols)
    {
        if (policy is null)
        {
            return [(Limit(Universe(family, remote: from, local: to), protocols), null)];
        }

        return [.. SidePartition.Of(PolicySpace.Build(policy, family, localAddresses: to, remoteAddresses: from))
            .Select(p => (Limit(p.Packets, protocols), (FilterDecision?)p.Decision))
            .Where(p => !p.Item1.IsEmpty)];
    }

    private static PacketRegion Universe(IpFamily family, ValueSet remote, ValueSet local) =>
        PolicySpace.Build(EmptyPolicy, family, local, remote).Universe;

    /// <summary>An egress policy with nothing in it, only to borrow <see cref="PolicySpace"/>'s universe.</summary>
    private static readonly DirectionalPolicy EmptyPolicy = EffectivePolicyBuilder.Build(
        [new SecurityGroups.SecurityGroupSnapshot("sg-universe", SecurityGroups.SecurityGroupType.Normal, SecurityGroups.InnerAccessPolicy.Drop, [], AddressSet.Empty)],
        new SecurityGroups.DictionaryPeerResolver(new Dictionary<string, AddressSet>(), new Dictionary<string, AddressSet>()),
        EmulationOptions.Default with { BlockOutboundTcp25 = false, PlatformAllow = [] }).GetValueOrThrow().Ingress;

    private static PacketRegion Limit(PacketRegion region, ValueSet? protocols) =>
        protocols is null ? region : region.Intersect(new PacketBox(All, All, protocols, All, All));

    private static readonly ValueSet All = ValueSet.Range(0, UInt128.MaxValue);

    private static PacketRegion Swap(PacketRegion region) =>
        PacketRegion.OfDisjoint(region.Boxes.Select(b => b with { Remote = b.Local, Local = b.Remote }));

    /// <summary>One piece's boxes split by the source and destination endpoints their addresses belong to.</summary>
    private static IEnumerable<WhatIfDifference> Split(
        (PacketRegion Flows, WhatIfSides Production, WhatIfSides Scenario) piece,
        AddressClass source, AddressClass destination, IpFamily family, WhatIfWorld production, WhatIfWorld scenario)
    {
        var change = piece.Scenario.Allowed ? WhatIfChange.NewlyAllowed : WhatIfChange.NewlyDenied;
        foreach (var box in piece.Flows.Boxes)
        {
            foreach (var (sourceMember, sourceAddresses) in source.MembersIn(box.Remote))
            {
                foreach (var (destinationMember, destinationAddresses) in destination.MembersIn(box.Local))
                {
                    yield return new WhatIfDifference(
                        family,
                        Endpoint(sourceMember, sourceAddresses, family, production, scenario),
                        Endpoint(destinationMember, destinationAddresses, family, production, scenario),
                        box.Protocols,
                        box.SourcePorts,
                        box.DestinationPorts,
                        change,
                        piece.Production,
                        piece.Scenario);
                }
            }
        }
    }

    private static WhatIfEndpoint Endpoint((int Production, int Scenario) owner, ValueSet addresses, IpFamily family, WhatIfWorld production, WhatIfWorld scenario)
    {
        var before = owner.Production >= 0 ? production.NetworkInterfaces[owner.Production].NetworkInterfaceId : null;
        var after = owner.Scenario >= 0 ? scenario.NetworkInterfaces[owner.Scenario].NetworkInterfaceId : null;
        return new WhatIfEndpoint(after ?? before, CidrCover.Of(addresses, family))
        {
            ProductionNetworkInterfaceId = before,
            ScenarioNetworkInterfaceId = after,
        };
    }
}
