using System.Collections.Immutable;
using CsCheck;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Tests.Shared;

namespace SgGrid.Domain.Tests.Analysis;

/// <summary>
/// Shadowed, conflicting and redundant rules (D9) against brute force: on small random ENIs every packet class is
/// enumerated — one representative per cell of the grid that all boundaries of all rules, trusts, platform entries and
/// local addresses cut — and decided by the reference evaluator, with and without each rule.
/// </summary>
public class RuleHealthAnalyzerTests
{
    private static readonly UInt128 V6Base = (UInt128)0x20010db8u << 96;

    private static readonly Gen<IpCidr> Cidr = Gen.Frequency(
        (6, Gen.Select(Gen.Int[0, 7], Gen.OneOf(29, 30, 31, 32, 32), (host, length) => new IpCidr(NetworkAddress.FromIPv4(0x0A000000u + (uint)host), length))),
        (1, Gen.Const(IpCidr.Parse("0.0.0.0/0"))),
        (1, Gen.Const(IpCidr.Parse("10.0.0.0/24"))),
        (2, Gen.Select(Gen.Int[0, 7], Gen.OneOf(126, 127, 128), (host, length) => new IpCidr(new NetworkAddress(V6Base + (uint)host, IpFamily.IPv6), length))),
        (1, Gen.Const(IpCidr.Parse("::/0"))));

    private static readonly Gen<PortRange> Ports = Gen.Frequency(
        (5, Gen.Select(Gen.Int[1, 4], Gen.Int[0, 2], (from, span) => new PortRange((ushort)from, (ushort)Math.Min(5, from + span)))),
        (2, Gen.Const(new PortRange(1, ushort.MaxValue))),
        (1, Gen.Const(PortRange.Of(25))));

    private static readonly Gen<AddressSet> Members = Cidr.Array[0, 3].Select(AddressSet.FromCidrs);

    private static readonly Gen<SecurityGroupRule> RuleGen =
        from ingress in Gen.Bool
        from protocol in Gen.OneOf(IpProtocol.Tcp, IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.All, IpProtocol.All, IpProtocol.FromNumber(132))
        from ports in Ports
        from sourcePorts in Gen.Frequency((4, Gen.Const(PortRange.All)), (1, Ports))
        from remote in Gen.Frequency(
            (6, Cidr.Select(c => (RemotePeer)new CidrPeer(c))),
            (1, Gen.Const((RemotePeer)new SecurityGroupPeer("sg-ref"))),
            (1, Gen.Const((RemotePeer)new PrefixListPeer("pl-1"))))
        from local in Gen.Frequency((5, Gen.Const(default(IpCidr?))), (1, Cidr.Select(c => (IpCidr?)c)))
        from drop in Gen.Bool
        from priority in Gen.Int[1, 3]
        select new SecurityGroupRule
        {
            RuleId = "pending",
            Direction = ingress ? Direction.Ingress : Direction.Egress,
            Protocol = protocol,
            DestinationPorts = protocol.HasPorts ? ports : PortRange.All,
            SourcePorts = protocol.HasPorts ? sourcePorts : PortRange.All,
            Remote = remote,
            LocalCidr = local,
            Policy = drop ? RulePolicy.Drop : RulePolicy.Accept,
            Priority = priority,
        };

    private static readonly Gen<Case> CaseGen =
        from enterprise in Gen.Int[0, 4]
        from groups in Gen.Select(RuleGen.Array[0, 10], Gen.Bool, Members).Array[1, 3]
        from referenced in Members
        from prefixList in Members
        from local in Gen.Frequency((3, Cidr.Array[1, 3].Select(c => (AddressSet?)AddressSet.FromCidrs(c))), (1, Gen.Const(default(AddressSet?))))
        from block25 in Gen.Bool
        from platform in Gen.Frequency((3, Gen.Const(default(PlatformRule?))),
            (1, Gen.Select(Cidr, Gen.OneOf(IpProtocol.Tcp, IpProtocol.All), Ports, (c, p, r) => (PlatformRule?)new PlatformRule("p", null, c, p, p.HasPorts ? r : PortRange.All))))
        select new Case(
            [.. groups.Select((g, i) => new SecurityGroupSnapshot($"sg-{i}", enterprise == 0 ? SecurityGroupType.Enterprise : SecurityGroupType.Normal,
                g.Item2 ? InnerAccessPolicy.Accept : InnerAccessPolicy.Drop, [.. g.Item1.Select((r, j) => r with { RuleId = $"sgr-{i}-{j}" })], g.Item3))],
            new DictionaryPeerResolver(new Dictionary<string, AddressSet> { ["sg-ref"] = referenced }, new Dictionary<string, AddressSet> { ["pl-1"] = prefixList }),
            EmulationOptions.Default with { BlockOutboundTcp25 = block25, PlatformAllow = platform is null ? [] : [platform] },
            local);

    [Fact]
    public void Analyze_RandomEnis_AgreesWithBruteForce()
    {
        CaseGen.Sample(test =>
        {
            var policy = Build(test, null);
            foreach (var directional in new[] { policy.Ingress, policy.Egress })
            {
                var health = RuleHealthAnalyzer.Analyze(directional, test.LocalAddresses);
                var packets = PacketGrid.Representatives(directional, test.LocalAddresses).ToArray();
                var verdicts = packets.Select(p => ReferenceEvaluator.Evaluate(directional, p)).ToArray();
                for (var i = 0; i < directional.Rules.Length; i++)
                {
                    var rule = directional.Rules[i];
                    var without = Build(test, rule.Rule.RuleId).For(directional.Direction);
                    var decides = false;
                    var opposite = false;
                    var redundant = true;
                    for (var k = 0; k < packets.Length; k++)
                    {
                        decides |= verdicts[k].Reason == DecisionReason.Rule && verdicts[k].Index == i;
                        opposite |= rule.Matches(directional.Direction, packets[k]) && verdicts[k].Allowed != (rule.Rule.Policy == RulePolicy.Accept);
                        redundant &= ReferenceEvaluator.Evaluate(without, packets[k]).Allowed == verdicts[k].Allowed;
                    }

                    var expected = (Shadowed: !decides, Conflicting: !decides && opposite, Redundant: redundant);
                    var actual = (health[i].Shadowed, health[i].Conflicting, health[i].Redundant);
                    if (expected != actual)
                    {
                        throw new InvalidOperationException($"{directional.Direction} rule {i} ({rule.Rule.RuleId}): brute force {expected}, analysis {actual}");
                    }
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Analyze_RuleUnderABroaderAcceptAtHigherPriority_IsShadowedNotConflicting()
    {
        var health = Single(Rule(RulePolicy.Accept, 1, "10.0.0.0/8", new PortRange(1, 65535)), Rule(RulePolicy.Accept, 2, "10.1.0.0/16", PortRange.Of(22)));

        Assert.True(health[1].Shadowed);
        Assert.False(health[1].Conflicting);
        Assert.True(health[1].Redundant);
        Assert.Equal([new PolicyEntryRef(PolicyEntryKind.Rule, 0)], health[1].Covering.ToArray());
        Assert.False(health[0].Shadowed);
        Assert.False(health[0].Redundant);
    }

    [Fact]
    public void Analyze_AcceptUnderADropOfEqualPriority_IsConflicting()
    {
        var health = Single(Rule(RulePolicy.Accept, 1, "10.1.0.0/16", PortRange.Of(22)), Rule(RulePolicy.Drop, 1, "10.0.0.0/8", PortRange.Of(22)));

        // Drop before accept at equal priority: the accept is never used and seems to open what stays closed.
        var accept = health[0];
        Assert.True(accept.Shadowed);
        Assert.True(accept.Conflicting);
    }

    [Fact]
    public void Analyze_DropThatTheDefaultRepeats_IsRedundantNotShadowed()
    {
        var health = Single(Rule(RulePolicy.Drop, 1, "192.0.2.0/24", PortRange.Of(22)));

        Assert.False(health[0].Shadowed);
        Assert.True(health[0].Redundant);
        Assert.Equal([new PolicyEntryRef(PolicyEntryKind.Default, -1)], health[0].Fallback.ToArray());
    }

    [Fact]
    public void Analyze_RuleReferencingAnEmptyGroup_MatchesNothing()
    {
        var policy = EffectivePolicyBuilder.Build(
            [new SecurityGroupSnapshot("sg-1", SecurityGroupType.Normal, InnerAccessPolicy.Drop,
                [Rule(RulePolicy.Accept, 1, "10.0.0.0/8", PortRange.Of(22)) with { Remote = new SecurityGroupPeer("sg-empty") }], AddressSet.Empty)],
            new DictionaryPeerResolver(new Dictionary<string, AddressSet> { ["sg-empty"] = AddressSet.Empty }, new Dictionary<string, AddressSet>()),
            EmulationOptions.Default).GetValueOrThrow();

        var health = RuleHealthAnalyzer.Analyze(policy.Ingress, null);

        Assert.True(health[0].MatchesNothing);
        Assert.True(health[0].Shadowed);
        Assert.False(health[0].Conflicting);
    }

    [Fact]
    public void Analyze_CallerGone_StopsWithoutAResult()
    {
        var policy = EffectivePolicyBuilder.Build(
            [new SecurityGroupSnapshot("sg-1", SecurityGroupType.Normal, InnerAccessPolicy.Drop, [Rule(RulePolicy.Accept, 1, "10.0.0.0/8", PortRange.Of(22))], AddressSet.Empty)],
            new DictionaryPeerResolver(new Dictionary<string, AddressSet>(), new Dictionary<string, AddressSet>()), EmulationOptions.Default).GetValueOrThrow();

        Assert.Throws<OperationCanceledException>(() => RuleHealthAnalyzer.Analyze(policy.Ingress, null, null, new CancellationToken(canceled: true)));
    }

    private static ImmutableArray<RuleHealth> Single(params SecurityGroupRule[] rules)
    {
        var policy = EffectivePolicyBuilder.Build(
            [new SecurityGroupSnapshot("sg-1", SecurityGroupType.Normal, InnerAccessPolicy.Drop, [.. rules.Select((r, i) => r with { RuleId = $"sgr-{i}" })], AddressSet.Empty)],
            new DictionaryPeerResolver(new Dictionary<string, AddressSet>(), new Dictionary<string, AddressSet>()), EmulationOptions.Default).GetValueOrThrow();
        var health = RuleHealthAnalyzer.Analyze(policy.Ingress, null);
        // Report in the order the rules were given, whatever the evaluation order.
        return [.. rules.Select((_, i) => health[policy.Ingress.Rules.IndexOf(policy.Ingress.Rules.Single(r => r.Rule.RuleId == $"sgr-{i}"))] with { RuleIndex = i })];
    }

    private static SecurityGroupRule Rule(RulePolicy policy, int priority, string cidr, PortRange ports) => new()
    {
        RuleId = "pending",
        Direction = Direction.Ingress,
        Protocol = IpProtocol.Tcp,
        DestinationPorts = ports,
        SourcePorts = PortRange.All,
        Remote = new CidrPeer(IpCidr.Parse(cidr)),
        Policy = policy,
        Priority = priority,
    };

    private static EffectivePolicy Build(Case test, string? withoutRule) => EffectivePolicyBuilder.Build(
        [.. test.Groups.Select(g => withoutRule is null ? g : g with { Rules = [.. g.Rules.Where(r => r.RuleId != withoutRule)] })],
        test.Resolver, test.Options).GetValueOrThrow();

    private sealed record Case(ImmutableArray<SecurityGroupSnapshot> Groups, IPeerResolver Resolver, EmulationOptions Options, AddressSet? LocalAddresses);
}
