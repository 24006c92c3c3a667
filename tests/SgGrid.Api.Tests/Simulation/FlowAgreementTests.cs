using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Api.Tests.Simulation;

/// <summary>
/// CheckFlow, CheckFlows and DescribeReachability agree with the domain's ReferenceEvaluator on regions built through the
/// ECS actions (seeded random groups, rules, memberships and policies: CIDRs, group references, a prefix list, IPv4 and IPv6,
/// intra-group trust, external ends, the platform's TCP 25 block), and still agree right after a change.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class FlowAgreementTests(ApiHostFixture host)
{
    private const string Sim = "2026-11-28";
    private static readonly ushort[] SampledPorts = [1, 21, 22, 23, 25, 53, 79, 80, 85, 90, 91, 3306, 8080, 33000, 65535];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Verdicts_RandomRegion_AgreeWithTheReference_BeforeAndAfterAChange(int seed)
    {
        var random = new Random(seed);
        var region = await RandomRegions.BuildAsync(host.Client(ApiHostFixture.Alice), random, enterprise: seed == 6);
        await AssertAgreementAsync(region, random);

        await RandomRegions.ChangeAsync(region, random);
        await AssertAgreementAsync(region, random);
    }

    private static async Task AssertAgreementAsync(MirroredRegion region, Random random)
    {
        var enis = region.NetworkInterfaces.ToArray();
        var flows = new List<(string Source, string Destination, string? SourceEni, string? DestinationEni, string Protocol, int? Port, Flow Flow)>();
        void Add(string source, string destination, string? sourceEni, string? destinationEni, NetworkAddress from, NetworkAddress to, string protocol, int? port)
        {
            var number = IpProtocol.Parse(protocol).Number;
            var ported = number is IpProtocol.TcpNumber or IpProtocol.UdpNumber;
            flows.Add((source, destination, sourceEni, destinationEni, protocol, port,
                Flow.Create(from, to, number, ported ? (ushort)33000 : (ushort)0, ported ? (ushort)port!.Value : (ushort)0)));
        }

        foreach (var a in enis)
        {
            foreach (var b in enis.Where(b => b != a))
            {
                var (fromV4, toV4) = (region.AddressesOf(a)[0], region.AddressesOf(b)[0]);
                foreach (var port in RandomRegions.TcpPorts)
                {
                    Add(a, b, a, b, fromV4, toV4, "TCP", port);
                }

                Add(a, b, a, b, fromV4, toV4, "UDP", 53);
                Add(a, b, a, b, fromV4, toV4, "ICMP", null);
                Add(a, b, a, b, fromV4, toV4, "132", null);
                if (region.AddressesOf(a).Count > 1 && region.AddressesOf(b).Count > 1)
                {
                    var toV6 = region.AddressesOf(b)[1];
                    Add(a, toV6.ToString(), a, b, region.AddressesOf(a)[1], toV6, "TCP", 22);
                    Add(a, toV6.ToString(), a, b, region.AddressesOf(a)[1], toV6, "ICMPv6", null);
                }
            }

            Add("192.0.2.5", a, null, a, NetworkAddress.Parse("192.0.2.5"), region.AddressesOf(a)[0], "TCP", 80);
            Add("203.0.113.7", a, null, a, NetworkAddress.Parse("203.0.113.7"), region.AddressesOf(a)[0], "TCP", 22);
            Add(a, "198.51.100.9", a, null, region.AddressesOf(a)[0], NetworkAddress.Parse("198.51.100.9"), "TCP", 443);
            Add(a, "8.8.8.8", a, null, region.AddressesOf(a)[0], NetworkAddress.Parse("8.8.8.8"), "TCP", 25);
        }

        var parameters = new List<KeyValuePair<string, string>> { new("RegionId", ApiRegion.RegionId) };
        for (var i = 0; i < flows.Count; i++)
        {
            var f = flows[i];
            parameters.Add(new($"Flows.{i + 1}.Source", f.Source));
            parameters.Add(new($"Flows.{i + 1}.Destination", f.Destination));
            parameters.Add(new($"Flows.{i + 1}.Protocol", f.Protocol));
            if (f.Port is { } port)
            {
                parameters.Add(new($"Flows.{i + 1}.DestinationPort", $"{port}"));
            }
        }

        var batch = (await region.Client.CallAsync("CheckFlows", Sim, [new("RegionId", ApiRegion.RegionId)], new SigningOptions { FormBody = parameters })).Ok();
        var verdicts = batch.Element("Verdicts.Verdict").EnumerateArray().ToArray();
        Assert.Equal(flows.Count, verdicts.Length);
        for (var i = 0; i < flows.Count; i++)
        {
            AssertVerdict(region, flows[i].Flow, flows[i].SourceEni, flows[i].DestinationEni, verdicts[i], $"flow {i} {flows[i].Source} -> {flows[i].Destination} {flows[i].Protocol}/{flows[i].Port}");
        }

        foreach (var i in Enumerable.Range(0, 8).Select(_ => random.Next(flows.Count)))
        {
            var f = flows[i];
            (string, string)[] single = [("RegionId", ApiRegion.RegionId), ("Source", f.Source), ("Destination", f.Destination), ("Protocol", f.Protocol)];
            var answer = (await region.Client.CallAsync("CheckFlow", Sim, [.. (f.Port is { } p ? [.. single, ("DestinationPort", $"{p}")] : single).Select(x => KeyValuePair.Create(x.Item1, x.Item2))])).Ok();
            AssertVerdict(region, f.Flow, f.SourceEni, f.DestinationEni, answer.Body, $"CheckFlow {f.Source} -> {f.Destination} {f.Protocol}/{f.Port}");
        }

        foreach (var (a, b) in new[] { (enis[0], enis[1]), (enis[2], enis[3]), (enis[1], enis[0]) })
        {
            var reachability = (await region.Client.CallAsync("DescribeReachability", Sim,
                [new("RegionId", ApiRegion.RegionId), new("Source", a), new("Destination", b)])).Ok();
            AssertReachability(region, a, b, reachability.Body);
        }
    }

    private static void AssertVerdict(MirroredRegion region, Flow flow, string? sourceEni, string? destinationEni, JsonElement verdict, string what)
    {
        var (source, destination) = region.Reference(flow, sourceEni, destinationEni);
        var allowed = (source?.Allowed ?? true) && (destination?.Allowed ?? true);
        Assert.True(allowed == verdict.GetProperty("Allowed").GetBoolean(), $"{what}: reference {allowed} ({source}, {destination}), answer {verdict}");
        AssertSide(region, sourceEni, Direction.Egress, source, verdict.GetProperty("SourceSide"), what);
        AssertSide(region, destinationEni, Direction.Ingress, destination, verdict.GetProperty("DestinationSide"), what);
    }

    private static void AssertSide(MirroredRegion region, string? eni, Direction direction, FilterDecision? expected, JsonElement side, string what)
    {
        Assert.True((expected is not null) == side.GetProperty("Evaluated").GetBoolean(), $"{what}: {direction} evaluated?");
        if (expected is not { } decision)
        {
            return;
        }

        var reason = decision.Reason.ToString();
        Assert.True(reason == side.GetProperty("Reason").GetString() && decision.Allowed == side.GetProperty("Allowed").GetBoolean(),
            $"{what}: {direction} reference {decision}, answer {side}");
        Assert.Equal(region.RuleIdOf(eni!, direction, decision), side.TryGetProperty("SecurityGroupRuleId", out var rule) ? rule.GetString() : null);
        Assert.Equal(region.GroupIdOf(eni!, direction, decision), side.TryGetProperty("SecurityGroupId", out var group) ? group.GetString() : null);
    }

    private static void AssertReachability(MirroredRegion region, string a, string b, JsonElement body)
    {
        var from = region.AddressesOf(a)[0];
        var to = region.AddressesOf(b)[0];
        foreach (var protocol in body.GetProperty("Protocols").GetProperty("Protocol").EnumerateArray())
        {
            var name = protocol.GetProperty("Protocol").GetString()!;
            var number = name == "OTHER" ? (byte)int.Parse(protocol.GetProperty("ProtocolNumbers").GetString()!.Split(',', '-')[0]) : IpProtocol.Parse(name).Number;
            var ported = number is IpProtocol.TcpNumber or IpProtocol.UdpNumber;
            foreach (var band in protocol.GetProperty("Bands").GetProperty("Band").EnumerateArray())
            {
                var sourcePorts = ported ? PortRange.Parse(band.GetProperty("SourcePortRange").GetString()!) : PortRange.Of(0);
                foreach (var range in band.GetProperty("Ranges").GetProperty("Range").EnumerateArray())
                {
                    var destinationPorts = ported ? PortRange.Parse(range.GetProperty("DestinationPortRange").GetString()!) : PortRange.Of(0);
                    foreach (var destinationPort in ported ? SampledPorts.Where(destinationPorts.Contains).Append(destinationPorts.From).Append(destinationPorts.To) : [(ushort)0])
                    {
                        foreach (var sourcePort in ported ? SampledPorts.Where(sourcePorts.Contains).Append(sourcePorts.From) : [(ushort)0])
                        {
                            var flow = Flow.Create(from, to, number, sourcePort, destinationPort);
                            var (s, d) = region.Reference(flow, a, b);
                            Assert.True((s!.Value.Allowed && d!.Value.Allowed) == range.GetProperty("Allowed").GetBoolean(),
                                $"reachability {a} -> {b} {name} {sourcePort} -> {destinationPort}: reference {s}, {d}; answer {range}");
                        }
                    }
                }
            }
        }
    }
}
