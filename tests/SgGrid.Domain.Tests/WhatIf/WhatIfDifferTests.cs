using System.Collections.Immutable;
using CsCheck;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.WhatIf;

namespace SgGrid.Domain.Tests.WhatIf;

/// <summary>
/// The what-if diff against brute force: small random VPCs (a few ENIs, a few dozen rules, small address and port pools)
/// and a random scenario change; every flow class — one representative per cell of the grid every boundary cuts — is
/// decided end to end in both worlds by the reference evaluator. A flow whose verdict differs is covered by exactly one
/// difference, with the right change, endpoints and decisions, and no flow whose verdict stays is covered.
/// </summary>
public class WhatIfDifferTests
{
    private static readonly UInt128 V6Base = (UInt128)0x20010db8u << 96;
    private static readonly string[] GroupIds = ["sg-a", "sg-b", "sg-c"];

    private static readonly Gen<IpCidr> Cidr = Gen.Frequency(
        (6, Gen.Select(Gen.Int[0, 7], Gen.OneOf(30, 31, 32, 32), (host, length) => new IpCidr(NetworkAddress.FromIPv4(0x0A000000u + (uint)host), length))),
        (1, Gen.Const(IpCidr.Parse("0.0.0.0/0"))),
        (1, Gen.Const(IpCidr.Parse("192.0.2.0/31"))),
        (2, Gen.Select(Gen.Int[0, 5], Gen.OneOf(127, 128), (host, length) => new IpCidr(new NetworkAddress(V6Base + (uint)host, IpFamily.IPv6), length))));

    private static readonly Gen<PortRange> Ports = Gen.Frequency(
        (4, Gen.Select(Gen.Int[1, 3], Gen.Int[0, 1], (from, span) => new PortRange((ushort)from, (ushort)(from + span)))),
        (2, Gen.Const(new PortRange(1, ushort.MaxValue))),
        (1, Gen.Const(PortRange.Of(25))));

    private static readonly Gen<SecurityGroupRule> RuleGen =
        from ingress in Gen.Bool
        from protocol in Gen.OneOf(IpProtocol.Tcp, IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.All, IpProtocol.FromNumber(132))
        from ports in Ports
        from sourcePorts in Gen.Frequency((5, Gen.Const(PortRange.All)), (1, Ports))
        from remote in Gen.Frequency((5, Cidr.Select(c => (RemotePeer)new CidrPeer(c))), (2, Gen.OneOf(GroupIds).Select(g => (RemotePeer)new SecurityGroupPeer(g))))
        from drop in Gen.Frequency((3, Gen.Const(false)), (2, Gen.Const(true)))
        from priority in Gen.Int[1, 3]
        select new SecurityGroupRule
        {
            RuleId = "pending",
            Direction = ingress ? Direction.Ingress : Direction.Egress,
            Protocol = protocol,
            DestinationPorts = protocol.HasPorts ? ports : PortRange.All,
            SourcePorts = protocol.HasPorts ? sourcePorts : PortRange.All,
            Remote = remote,
            Policy = drop ? RulePolicy.Drop : RulePolicy.Accept,
            Priority = priority,
        };

    private static readonly Gen<Vpc> VpcGen =
        from enterprise in Gen.Int[0, 5]
        from groups in Gen.Select(RuleGen.Array[0, 8], Gen.Bool).Array[GroupIds.Length]
        from enis in Gen.Select(Gen.Int[0, 7], Gen.Int[0, 5], Gen.Int[0, 3], Gen.Int[0, 2]).Array[2, 4]
        select new Vpc(
            enterprise == 0,
            [.. groups.Select((g, i) => new Group(GroupIds[i], g.Item2 ? InnerAccessPolicy.Accept : InnerAccessPolicy.Drop,
                [.. g.Item1.Select((r, j) => r with { RuleId = $"sgr-{i}-{j}" })]))],
            [.. enis.Select((e, i) => new Eni($"eni-{i}",
                [NetworkAddress.FromIPv4(0x0A000000u + (uint)((e.Item1 + i * 3) % 8)), .. e.Item4 == 0 ? new[] { new NetworkAddress(V6Base + (uint)e.Item2, IpFamily.IPv6) } : []],
                e.Item3 switch { 0 => ["sg-a"], 1 => ["sg-b"], 2 => ["sg-a", "sg-c"], _ => ["sg-c"] }))]);

    /// <summary>One change a scenario makes; the rest of the VPC is cloned as is.</summary>
    private static readonly Gen<Func<Vpc, Vpc>> ChangeGen = Gen.OneOf<Func<Vpc, Vpc>>(
        RuleGen.Select(Gen.Int[0, 2], (rule, g) => (Func<Vpc, Vpc>)(vpc => vpc.WithGroup(g, group => group with { Rules = [.. group.Rules, rule with { RuleId = "sgr-new" }] }))),
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 7], (g, r) => (Func<Vpc, Vpc>)(vpc => vpc.WithGroup(g, group => group.Rules.Length == 0 ? group : group with { Rules = group.Rules.RemoveAt(r % group.Rules.Length) }))),
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 7], (g, r) => (Func<Vpc, Vpc>)(vpc => vpc.WithGroup(g, group => group.Rules.Length == 0 ? group
            : group with { Rules = group.Rules.SetItem(r % group.Rules.Length, group.Rules[r % group.Rules.Length] with { Policy = group.Rules[r % group.Rules.Length].Policy == RulePolicy.Drop ? RulePolicy.Accept : RulePolicy.Drop }) }))),
        Gen.Int[0, 2].Select(g => (Func<Vpc, Vpc>)(vpc => vpc.WithGroup(g, group => group with { Policy = group.Policy == InnerAccessPolicy.Accept ? InnerAccessPolicy.Drop : InnerAccessPolicy.Accept }))),
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], (e, g) => (Func<Vpc, Vpc>)(vpc => vpc.WithEni(e, eni => eni with { Groups = eni.Groups.Contains(GroupIds[g]) && eni.Groups.Length > 1 ? eni.Groups.Remove(GroupIds[g]) : eni.Groups.Contains(GroupIds[g]) ? eni.Groups : eni.Groups.Add(GroupIds[g]) }))),
        Gen.Int[0, 3].Select(e => (Func<Vpc, Vpc>)(vpc => vpc.Enis.Length > 1 ? vpc with { Enis = vpc.Enis.RemoveAt(e % vpc.Enis.Length) } : vpc)),
        Gen.Int[0, 7].Select(a => (Func<Vpc, Vpc>)(vpc => vpc.Enis.Any(x => x.Addresses.Contains(NetworkAddress.FromIPv4(0x0A000000u + (uint)a))) ? vpc
            : vpc with { Enis = vpc.Enis.Add(new Eni("eni-new", [NetworkAddress.FromIPv4(0x0A000000u + (uint)a)], ["sg-b"])) })));

    [Fact]
    public void Diff_RandomScenarios_CoversExactlyTheFlowsWhoseVerdictDiffers()
    {
        Gen.Select(VpcGen, ChangeGen, ChangeGen, Gen.Bool).Sample(test =>
        {
            var production = test.Item1.Dedupe();
            var scenario = (test.Item4 ? test.Item3(test.Item2(production)) : test.Item2(production)).Dedupe();
            var before = production.World();
            var after = scenario.World();

            var differences = WhatIfDiffer.Diff(before, after);

            foreach (var flow in Representatives(before, after))
            {
                var (allowedBefore, sidesBefore) = Decide(before, flow);
                var (allowedAfter, sidesAfter) = Decide(after, flow);
                var covering = differences.Where(d => Covers(d, flow)).ToArray();
                if (allowedBefore == allowedAfter)
                {
                    if (covering.Length != 0)
                    {
                        throw new InvalidOperationException($"{flow} keeps its verdict ({allowedBefore}) but is in the diff: {covering[0].Source} -> {covering[0].Destination}");
                    }

                    continue;
                }

                if (covering.Length != 1)
                {
                    throw new InvalidOperationException($"{flow} changes from {allowedBefore} to {allowedAfter} but {covering.Length} differences cover it\n{production}\n--- scenario\n{scenario}");
                }

                var difference = covering[0];
                var expectedChange = allowedAfter ? WhatIfChange.NewlyAllowed : WhatIfChange.NewlyDenied;
                if (difference.Change != expectedChange || difference.Production != sidesBefore || difference.Scenario != sidesAfter
                    || difference.Source.NetworkInterfaceId != Owner(after, before, flow.SourceAddress)
                    || difference.Destination.NetworkInterfaceId != Owner(after, before, flow.DestinationAddress))
                {
                    throw new InvalidOperationException($"{flow}: expected {expectedChange} {sidesBefore} -> {sidesAfter}, got {difference}");
                }
            }
        }, iter: 1000);
    }

    [Fact]
    public void Diff_OneAcceptRuleAdded_ReportsOnlyTheNewlyOpenedPort()
    {
        var production = new Vpc(false,
            [new Group("sg-a", InnerAccessPolicy.Drop, []), new Group("sg-b", InnerAccessPolicy.Drop, []), new Group("sg-c", InnerAccessPolicy.Drop, [])],
            [new Eni("eni-web", [NetworkAddress.Parse("10.0.0.1")], ["sg-a"]), new Eni("eni-db", [NetworkAddress.Parse("10.0.0.2")], ["sg-b"])]);
        var scenario = production.WithGroup(1, g => g with
        {
            Rules = [new SecurityGroupRule
            {
                RuleId = "sgr-mysql", Direction = Direction.Ingress, Protocol = IpProtocol.Tcp, DestinationPorts = PortRange.Of(3306),
                SourcePorts = PortRange.All, Remote = new SecurityGroupPeer("sg-a"), Policy = RulePolicy.Accept, Priority = 1,
            }],
        });

        var difference = Assert.Single(WhatIfDiffer.Diff(production.World(), scenario.World()));

        Assert.Equal("eni-web", difference.Source.NetworkInterfaceId);
        Assert.Equal("eni-db", difference.Destination.NetworkInterfaceId);
        Assert.Equal(WhatIfChange.NewlyAllowed, difference.Change);
        Assert.Equal(ValueSet.Point(IpProtocol.TcpNumber), difference.Protocols);
        Assert.Equal(ValueSet.Point(3306), difference.DestinationPorts);
        Assert.Equal(ValueSet.Range(1, ushort.MaxValue), difference.SourcePorts);
        Assert.Equal(DecisionReason.Default, difference.Production.Destination!.Value.Reason);
        Assert.Equal(DecisionReason.Rule, difference.Scenario.Destination!.Value.Reason);
    }

    [Fact]
    public void Diff_CallerGone_StopsWithoutAResult()
    {
        var production = new Vpc(false,
            [new Group("sg-a", InnerAccessPolicy.Drop, []), new Group("sg-b", InnerAccessPolicy.Drop, []), new Group("sg-c", InnerAccessPolicy.Drop, [])],
            [new Eni("eni-web", [NetworkAddress.Parse("10.0.0.1")], ["sg-a"]), new Eni("eni-db", [NetworkAddress.Parse("10.0.0.2")], ["sg-b"])]);
        var scenario = production.WithGroup(1, g => g with
        {
            Rules = [new SecurityGroupRule
            {
                RuleId = "sgr-mysql", Direction = Direction.Ingress, Protocol = IpProtocol.Tcp, DestinationPorts = PortRange.Of(3306),
                SourcePorts = PortRange.All, Remote = new SecurityGroupPeer("sg-a"), Policy = RulePolicy.Accept, Priority = 1,
            }],
        });

        Assert.Throws<OperationCanceledException>(() => WhatIfDiffer.Diff(production.World(), scenario.World(), null, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Diff_OpeningToTheInternet_ReportsExternalSourcesAsMinimalBlocks()
    {
        var production = new Vpc(false,
            [new Group("sg-a", InnerAccessPolicy.Drop, []), new Group("sg-b", InnerAccessPolicy.Drop, []), new Group("sg-c", InnerAccessPolicy.Drop, [])],
            [new Eni("eni-web", [NetworkAddress.Parse("10.0.0.1")], ["sg-a"])]);
        var scenario = production.WithGroup(0, g => g with
        {
            Rules = [new SecurityGroupRule
            {
                RuleId = "sgr-https", Direction = Direction.Ingress, Protocol = IpProtocol.Tcp, DestinationPorts = PortRange.Of(443),
                SourcePorts = PortRange.All, Remote = new CidrPeer(IpCidr.Parse("0.0.0.0/0")), Policy = RulePolicy.Accept, Priority = 1,
            }],
        });

        var differences = WhatIfDiffer.Diff(production.World(), scenario.World());

        var external = Assert.Single(differences.Where(d => d.Source.IsExternal));
        // Everything but 10.0.0.1 itself (the ENI's own address is a flow from itself to itself, reported with its id).
        Assert.Equal(32, external.Source.Cidrs.Length);
        Assert.Contains(IpCidr.Parse("0.0.0.0/5"), external.Source.Cidrs);
        Assert.Contains(IpCidr.Parse("10.0.0.0/32"), external.Source.Cidrs);
        Assert.DoesNotContain(differences, d => d.Family == IpFamily.IPv6);
    }

    private static bool Covers(WhatIfDifference difference, Flow flow) =>
        difference.Family == flow.Family
        && difference.Protocols.Contains(flow.Protocol)
        && difference.SourcePorts.Contains(flow.SourcePort)
        && difference.DestinationPorts.Contains(flow.DestinationPort)
        && difference.Source.Cidrs.Any(c => c.Contains(flow.SourceAddress))
        && difference.Destination.Cidrs.Any(c => c.Contains(flow.DestinationAddress));

    private static (bool Allowed, WhatIfSides Sides) Decide(WhatIfWorld world, Flow flow)
    {
        var source = world.NetworkInterfaces.FirstOrDefault(e => e.Addresses.Contains(flow.SourceAddress));
        var destination = world.NetworkInterfaces.FirstOrDefault(e => e.Addresses.Contains(flow.DestinationAddress));
        var sides = new WhatIfSides(
            source is null ? null : ReferenceEvaluator.Evaluate(source.Policy.Egress, flow),
            destination is null ? null : ReferenceEvaluator.Evaluate(destination.Policy.Ingress, flow));
        return (sides.Allowed, sides);
    }

    private static string? Owner(WhatIfWorld scenario, WhatIfWorld production, NetworkAddress address) =>
        scenario.NetworkInterfaces.FirstOrDefault(e => e.Addresses.Contains(address))?.NetworkInterfaceId
        ?? production.NetworkInterfaces.FirstOrDefault(e => e.Addresses.Contains(address))?.NetworkInterfaceId;

    /// <summary>One flow per cell of the grid cut by every boundary of every policy and address of both worlds.</summary>
    private static IEnumerable<Flow> Representatives(params WhatIfWorld[] worlds)
    {
        var policies = worlds.SelectMany(w => w.NetworkInterfaces).SelectMany(e => new[] { e.Policy.Ingress, e.Policy.Egress }).ToArray();
        foreach (var family in new[] { IpFamily.IPv4, IpFamily.IPv6 })
        {
            var max = NetworkAddress.MaxValueOf(family);
            var cuts = new SortedSet<UInt128> { 0 };
            void Cut(UInt128 first, UInt128 last)
            {
                cuts.Add(first);
                if (last < max)
                {
                    cuts.Add(last + 1);
                }
            }

            foreach (var set in worlds.SelectMany(w => w.NetworkInterfaces).Select(e => e.Addresses)
                .Concat(policies.SelectMany(p => p.Rules.Select(r => r.RemoteAddresses)))
                .Concat(policies.SelectMany(p => p.IntraGroupTrust.Select(t => t.Members)))
                .Append(PrivateAddressRanges.Set))
            {
                foreach (var interval in set.Intervals(family))
                {
                    Cut(interval.First, interval.Last);
                }
            }

            var portCuts = new SortedSet<ushort> { 1, 25, 26 };
            foreach (var range in policies.SelectMany(p => p.Rules).SelectMany(r => new[] { r.Rule.DestinationPorts, r.Rule.SourcePorts }))
            {
                portCuts.Add(Math.Max((ushort)1, range.From));
                if (range.To < ushort.MaxValue)
                {
                    portCuts.Add((ushort)(range.To + 1));
                }
            }

            var protocols = policies.SelectMany(p => p.Rules).Where(r => !r.Rule.Protocol.IsAll).Select(r => r.Rule.Protocol.Number)
                .Concat([IpProtocol.TcpNumber, IpProtocol.UdpNumber, (byte)200]).Distinct().ToArray();
            foreach (var source in cuts)
            {
                foreach (var destination in cuts)
                {
                    foreach (var protocol in protocols)
                    {
                        var ports = protocol is IpProtocol.TcpNumber or IpProtocol.UdpNumber ? portCuts.ToArray() : [(ushort)0];
                        foreach (var sourcePort in ports)
                        {
                            foreach (var destinationPort in ports)
                            {
                                yield return new Flow(family, source, destination, protocol, sourcePort, destinationPort);
                            }
                        }
                    }
                }
            }
        }
    }

    private sealed record Group(string Id, InnerAccessPolicy Policy, ImmutableArray<SecurityGroupRule> Rules);

    private sealed record Eni(string Id, ImmutableArray<NetworkAddress> Addresses, ImmutableArray<string> Groups);

    private sealed record Vpc(bool Enterprise, ImmutableArray<Group> Groups, ImmutableArray<Eni> Enis)
    {
        public Vpc WithGroup(int index, Func<Group, Group> change) => this with { Groups = Groups.SetItem(index, change(Groups[index])) };

        public Vpc WithEni(int index, Func<Eni, Eni> change) => Enis.Length == 0 ? this : this with { Enis = Enis.SetItem(index % Enis.Length, change(Enis[index % Enis.Length])) };

        /// <summary>Drops addresses already held by an earlier ENI (addresses are unique in a VPC).</summary>
        public Vpc Dedupe()
        {
            var held = new HashSet<NetworkAddress>();
            return this with { Enis = [.. Enis.Select(e => e with { Addresses = [.. e.Addresses.Where(held.Add)] }).Where(e => e.Addresses.Length > 0)] };
        }

        public WhatIfWorld World()
        {
            var members = Groups.ToDictionary(g => g.Id, g => AddressSet.FromAddresses(Enis.Where(e => e.Groups.Contains(g.Id)).SelectMany(e => e.Addresses)));
            var resolver = new DictionaryPeerResolver(members, new Dictionary<string, AddressSet>());
            var type = Enterprise ? SecurityGroupType.Enterprise : SecurityGroupType.Normal;
            return new WhatIfWorld([.. Enis.Select(e => new WhatIfNetworkInterface(
                e.Id,
                AddressSet.FromAddresses(e.Addresses),
                EffectivePolicyBuilder.Build(
                    [.. e.Groups.Select(id => Groups.Single(g => g.Id == id)).Select(g => new SecurityGroupSnapshot(g.Id, type, g.Policy, g.Rules, members[g.Id]))],
                    resolver, EmulationOptions.Default).GetValueOrThrow()))]);
        }

        public override string ToString() =>
            string.Join("\n", Groups.Select(g => $"{g.Id} {g.Policy}: " + string.Join("; ", g.Rules.Select(r => $"{r.RuleId} {r.Direction} {r.Protocol} {r.DestinationPorts} sp {r.SourcePorts} {r.Remote} {r.Policy} p{r.Priority}"))))
            + "\n" + string.Join("\n", Enis.Select(e => $"{e.Id} [{string.Join(",", e.Addresses)}] in {string.Join(",", e.Groups)}"));
    }
}
