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
    private static readonly int[] TcpPorts = [22, 80, 85, 3306, 8080];
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
        var region = await BuildAsync(random, enterprise: seed == 6);
        await AssertAgreementAsync(region, random);

        await ChangeAsync(region, random);
        await AssertAgreementAsync(region, random);
    }

    private async Task<MirroredRegion> BuildAsync(Random random, bool enterprise)
    {
        var region = await MirroredRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var list = await region.CreatePrefixListAsync("10.0.1.0/28", "192.0.2.0/24");
        var type = enterprise ? SecurityGroupType.Enterprise : SecurityGroupType.Normal;
        var groups = new[] { await region.CreateGroupAsync(type), await region.CreateGroupAsync(type), await region.CreateGroupAsync(type) };
        if (!enterprise)
        {
            await region.SetPolicyAsync(groups[random.Next(3)], InnerAccessPolicy.Drop);
        }

        for (var e = 0; e < 4; e++)
        {
            var first = groups[random.Next(3)];
            var second = groups[random.Next(3)];
            await region.CreateNetworkInterfaceAsync(e < 2, first == second ? [first] : [first, second]);
        }

        var enis = region.NetworkInterfaces.ToArray();
        foreach (var group in groups)
        {
            for (var r = random.Next(4, 9); r > 0; r--)
            {
                var direction = random.Next(2) == 0 ? Direction.Ingress : Direction.Egress;
                var permission = RandomPermission(random, region, groups, list, enis, enterprise, group);
                // The generator names the far end as an ingress rule does (Source*); an egress rule names it Dest*.
                await region.AuthorizeAsync(group, direction, direction == Direction.Ingress ? permission
                    : [.. permission.Select(p => (p.Item1.Replace("Source", "Dest", StringComparison.Ordinal), p.Item2))]);
            }
        }

        return region;
    }

    private static (string, string)[] RandomPermission(Random random, MirroredRegion region, string[] groups, string list, string[] enis, bool enterprise, string self)
    {
        var (protocol, ports) = random.Next(8) switch
        {
            0 => ("UDP", "53/53"),
            1 => ("ICMP", "-1/-1"),
            2 => ("ALL", "-1/-1"),
            3 => ("132", "-1/-1"),
            4 => ("ICMPv6", "-1/-1"),
            5 => ("TCP", "1/65535"),
            6 => ("TCP", "80/90"),
            _ => ("TCP", $"{TcpPorts[random.Next(TcpPorts.Length)]}/{TcpPorts[random.Next(TcpPorts.Length)]}"),
        };
        if (protocol == "TCP" && ports.Split('/') is [var a, var b] && int.Parse(a) > int.Parse(b))
        {
            ports = $"{b}/{a}";
        }

        var ipv6 = protocol == "ICMPv6" || (protocol != "ICMP" && random.Next(5) == 0);
        var choice = random.Next(enterprise ? 3 : 4);
        (string, string)[] remote = choice switch
        {
            0 when ipv6 => [("Ipv6SourceCidrIp", random.Next(2) == 0 ? "::/0" : region.Api.Ipv6Block!.Value.ToString())],
            0 => [("SourceCidrIp", Pick(random, ["0.0.0.0/0", "10.0.1.0/26", "192.0.2.0/24", $"{region.AddressesOf(enis[random.Next(enis.Length)])[0]}/32"]))],
            1 when !ipv6 && protocol != "ICMPv6" => [("SourcePrefixListId", list)],
            3 when groups.Any(g => g != self) => [("SourceGroupId", groups.Where(g => g != self).ElementAt(random.Next(2)))],
            _ when ipv6 => [("Ipv6SourceCidrIp", "::/0")],
            _ => [("SourceCidrIp", "10.0.0.0/8")],
        };
        return
        [
            ("IpProtocol", protocol), ("PortRange", ports), ("Policy", random.Next(3) == 0 ? "drop" : "accept"), ("Priority", $"{random.Next(1, 4)}"),
            .. remote,
        ];
    }

    /// <summary>One change just before the next check: a rule added or revoked on one ENI's first group.</summary>
    private static async Task ChangeAsync(MirroredRegion region, Random random)
    {
        var enis = region.NetworkInterfaces.ToArray();
        var eni = enis[random.Next(enis.Length)];
        var groups = region.PolicyOf(eni).GroupIds;
        switch (random.Next(3))
        {
            case 0:
                await region.AuthorizeAsync(groups[0], Direction.Ingress, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("Policy", "drop"), ("Priority", "1"), ("SourceCidrIp", "0.0.0.0/0"));
                break;
            case 1 when region.PolicyOf(eni).Ingress.Rules.Length > 0:
                var rule = region.PolicyOf(eni).Ingress.Rules[0];
                await region.RevokeAsync(rule.GroupId, rule.Rule.RuleId);
                break;
            default:
                await region.AuthorizeAsync(groups[0], Direction.Ingress, ("IpProtocol", "ALL"), ("PortRange", "-1/-1"), ("Priority", "2"), ("SourceCidrIp", "10.0.1.0/24"));
                break;
        }
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
                foreach (var port in TcpPorts)
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

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
