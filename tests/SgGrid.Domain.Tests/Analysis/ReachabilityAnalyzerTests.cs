using CsCheck;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Tests.Support;
using static SgGrid.Domain.Tests.Support.PolicyGenerators;

namespace SgGrid.Domain.Tests.Analysis;

/// <summary>
/// Exact reachability: for random sender and receiver ENIs (or external ends) the answer's verdict and deciding decisions
/// equal the reference evaluator's for every protocol number and every sampled port pair, and the answer is well formed.
/// </summary>
public class ReachabilityAnalyzerTests
{
    private static readonly ushort[] SamplePorts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 25, 26, 100, 65534, 65535];

    private static readonly Gen<(Scenario? Source, Scenario? Destination, NetworkAddress From, NetworkAddress To)> PairGen =
        from source in Gen.Frequency((4, ScenarioGen.Select(s => (Scenario?)s)), (1, Gen.Const(default(Scenario?))))
        from destination in Gen.Frequency((4, ScenarioGen.Select(s => (Scenario?)s)), (1, Gen.Const(default(Scenario?))))
        from v6 in Gen.Int[0, 3]
        from fromHost in Gen.Int[0, 33]
        from toHost in Gen.Int[0, 33]
        select (source, destination, Address(v6 == 0, fromHost), Address(v6 == 0, toHost));

    [Fact]
    public void Combine_RandomEnds_AgreesWithTheReferenceOnEveryProtocolAndSampledPort()
    {
        PairGen.Sample(pair =>
        {
            var sourcePolicy = pair.Source is { } s ? EffectivePolicyBuilder.Build(s.Groups, s.Resolver, s.Options).GetValueOrThrow().Egress : null;
            var destinationPolicy = pair.Destination is { } d ? EffectivePolicyBuilder.Build(d.Groups, d.Resolver, d.Options).GetValueOrThrow().Ingress : null;
            var report = ReachabilityAnalyzer.Combine(pair.From, pair.To,
                Side(sourcePolicy, pair.From, pair.To),
                Side(destinationPolicy, pair.To, pair.From));

            AssertWellFormed(report);
            for (var protocol = 0; protocol < 256; protocol++)
            {
                var ports = protocol is IpProtocol.TcpNumber or IpProtocol.UdpNumber ? SamplePorts : [0];
                foreach (var sourcePort in ports)
                {
                    foreach (var destinationPort in ports)
                    {
                        var flow = Flow.Create(pair.From, pair.To, (byte)protocol, sourcePort, destinationPort);
                        var expectedSource = sourcePolicy is null ? (FilterDecision?)null : ReferenceEvaluator.Evaluate(sourcePolicy, flow);
                        var expectedDestination = destinationPolicy is null ? (FilterDecision?)null : ReferenceEvaluator.Evaluate(destinationPolicy, flow);
                        var range = Find(report, (byte)protocol, sourcePort, destinationPort);
                        var expectedAllowed = (expectedSource?.Allowed ?? true) && (expectedDestination?.Allowed ?? true);
                        if (range.Allowed != expectedAllowed || range.Source != expectedSource || range.Destination != expectedDestination)
                        {
                            throw new InvalidOperationException(
                                $"{flow}: reference {expectedAllowed} ({expectedSource}, {expectedDestination}), analysis {range.Allowed} ({range.Source}, {range.Destination})");
                        }
                    }
                }
            }
        }, iter: 400);
    }

    [Fact]
    public void Combine_OneAcceptRuleOnTheReceiver_AllowsExactlyThatPort()
    {
        var receiver = Policy(SecurityGroupType.Normal, Rule(Direction.Ingress, IpProtocol.Tcp, new PortRange(22, 22), "10.0.0.0/24"));
        var from = NetworkAddress.Parse("10.0.0.5");
        var to = NetworkAddress.Parse("10.0.1.9");

        var report = ReachabilityAnalyzer.Combine(from, to, null, Side(receiver.Ingress, to, from));

        var tcp = report.Protocols.Single(p => p.Protocol == ReachabilityProtocol.Of(IpProtocol.TcpNumber));
        var band = Assert.Single(tcp.Bands);
        Assert.Equal(new PortRange(1, 65535), band.SourcePorts);
        Assert.Equal([new PortRange(22, 22)], band.AllowedDestinationPorts.ToArray());
        Assert.Equal([new PortRange(1, 21), new PortRange(22, 22), new PortRange(23, 65535)], band.Ranges.Select(r => r.DestinationPorts).ToArray());
        Assert.Equal(DecisionReason.Rule, band.Ranges[1].Destination!.Value.Reason);
        Assert.Null(band.Ranges[1].Source);
        Assert.All(report.Protocols.Where(p => p.Protocol.Number != IpProtocol.TcpNumber), p => Assert.False(p.AnyAllowed));
    }

    [Fact]
    public void Combine_QuintupleSourcePortRule_SplitsTheSourcePortBands()
    {
        var receiver = Policy(SecurityGroupType.Normal,
            Rule(Direction.Ingress, IpProtocol.Udp, new PortRange(53, 53), "0.0.0.0/0") with { SourcePorts = new PortRange(1024, 65535) });
        var from = NetworkAddress.Parse("192.0.2.1");
        var to = NetworkAddress.Parse("10.0.1.9");

        var report = ReachabilityAnalyzer.Combine(from, to, null, Side(receiver.Ingress, to, from));

        var udp = report.Protocols.Single(p => p.Protocol == ReachabilityProtocol.Of(IpProtocol.UdpNumber));
        Assert.Equal([new PortRange(1, 1023), new PortRange(1024, 65535)], udp.Bands.Select(b => b.SourcePorts).ToArray());
        Assert.Empty(udp.Bands[0].AllowedDestinationPorts);
        Assert.Equal([new PortRange(53, 53)], udp.Bands[1].AllowedDestinationPorts.ToArray());
    }

    [Fact]
    public void Combine_NumericProtocolRule_IsListedAndTheRestIsOther()
    {
        var receiver = Policy(SecurityGroupType.Normal, Rule(Direction.Ingress, IpProtocol.FromNumber(132), PortRange.All, "0.0.0.0/0"));
        var from = NetworkAddress.Parse("192.0.2.1");
        var to = NetworkAddress.Parse("10.0.1.9");

        var report = ReachabilityAnalyzer.Combine(from, to, null, Side(receiver.Ingress, to, from));

        Assert.True(report.Protocols.Single(p => p.Protocol == ReachabilityProtocol.Of(132)).AnyAllowed);
        var other = report.Protocols.Single(p => p.Protocol.IsOther);
        Assert.False(other.AnyAllowed);
        Assert.DoesNotContain((byte)132, other.Numbers);
        Assert.DoesNotContain(IpProtocol.TcpNumber, other.Numbers);
        Assert.Equal(256 - 5, other.Numbers.Length);
    }

    private static SideReachability? Side(DirectionalPolicy? policy, NetworkAddress local, NetworkAddress remote)
    {
        if (policy is null)
        {
            return null;
        }

        var filter = RuleCompiler.Compile(policy);
        return SideReachability.Compute(policy, flow => filter.Evaluate(flow), local, remote);
    }

    private static ReachabilityRange Find(ReachabilityReport report, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        var entry = report.Protocols.Single(p => p.Numbers.Contains(protocol));
        var band = entry.Bands.Single(b => b.SourcePorts.Contains(sourcePort));
        return band.Ranges.Single(r => r.DestinationPorts.Contains(destinationPort));
    }

    private static void AssertWellFormed(ReachabilityReport report)
    {
        Assert.Equal(256, report.Protocols.Sum(p => p.Numbers.Length));
        foreach (var protocol in report.Protocols)
        {
            var first = protocol.Protocol.HasPorts ? 1 : 0;
            var last = protocol.Protocol.HasPorts ? 65535 : 0;
            AssertTiles(protocol.Bands.Select(b => b.SourcePorts), first, last);
            foreach (var band in protocol.Bands)
            {
                AssertTiles(band.Ranges.Select(r => r.DestinationPorts), first, last);
                for (var i = 1; i < band.Ranges.Length; i++)
                {
                    Assert.NotEqual((band.Ranges[i - 1].Allowed, band.Ranges[i - 1].Source, band.Ranges[i - 1].Destination), (band.Ranges[i].Allowed, band.Ranges[i].Source, band.Ranges[i].Destination));
                }

                var allowed = band.Ranges.Where(r => r.Allowed).Sum(r => r.DestinationPorts.To - r.DestinationPorts.From + 1);
                Assert.Equal(allowed, band.AllowedDestinationPorts.Sum(r => r.To - r.From + 1));
            }
        }
    }

    private static void AssertTiles(IEnumerable<PortRange> ranges, int first, int last)
    {
        var next = first;
        foreach (var range in ranges)
        {
            Assert.Equal(next, range.From);
            Assert.True(range.To >= range.From);
            next = range.To + 1;
        }

        Assert.Equal(last + 1, next);
    }

    private static NetworkAddress Address(bool v6, int host) => v6
        ? new NetworkAddress(((UInt128)0x20010db8u << 96) + (uint)host, IpFamily.IPv6)
        : NetworkAddress.FromIPv4(0x0A000000u + (uint)host);

    private static EffectivePolicy Policy(SecurityGroupType type, params SecurityGroupRule[] rules) =>
        EffectivePolicyBuilder.Build(
            [new SecurityGroupSnapshot("sg-1", type, InnerAccessPolicy.Drop, [.. rules], AddressSet.Empty)],
            new DictionaryPeerResolver(new Dictionary<string, AddressSet>(), new Dictionary<string, AddressSet>()),
            EmulationOptions.Default).GetValueOrThrow();

    private static SecurityGroupRule Rule(Direction direction, IpProtocol protocol, PortRange ports, string cidr) => new()
    {
        RuleId = "sgr-1",
        Direction = direction,
        Protocol = protocol,
        DestinationPorts = ports,
        SourcePorts = PortRange.All,
        Remote = new CidrPeer(IpCidr.Parse(cidr)),
        Policy = RulePolicy.Accept,
        Priority = 1,
    };
}
