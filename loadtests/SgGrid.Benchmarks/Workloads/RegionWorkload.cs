using SgGrid.Domain.Addresses;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Benchmarks.Workloads;

/// <summary>
/// Filters and flows shaped like the load harness' <c>flows</c> region (loadtests/SgGrid.LoadTests/Regions): one VPC of
/// 16 normal groups (intra-group trust on) over 256 ENIs at 10.0.0.1-256 (ENI i in group i mod 16, every fifth also in
/// a second group), rules with distinct port ranges, remotes from six CIDRs, 15 % drops; a batch is between two ENIs
/// (one address pair), 60 % of its ports aimed at the receiver's rules.
/// </summary>
internal sealed class RegionWorkload
{
    private static readonly string[] Remotes = ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "203.0.113.0/24", "198.51.100.0/24", "10.0.0.0/24"];

    private RegionWorkload(CompiledFilter ingress, CompiledFilter egress, Flow[] flows)
    {
        Ingress = ingress;
        Egress = egress;
        Flows = flows;
        Packed = [.. flows.Select(f => Ipv4Flow.From(f))];
    }

    /// <summary>The receiving ENI's ingress filter.</summary>
    public CompiledFilter Ingress { get; }

    /// <summary>The sending ENI's egress filter.</summary>
    public CompiledFilter Egress { get; }

    /// <summary>One batch between the two ENIs.</summary>
    public Flow[] Flows { get; }

    /// <summary>The same batch packed.</summary>
    public Ipv4Flow[] Packed { get; }

    /// <param name="ruleCount">Rules per group (three in four ingress).</param>
    /// <param name="groupsPerEni">1 or 2 groups on each of the two ENIs.</param>
    /// <param name="batchSize">Flows in the batch.</param>
    public static RegionWorkload Create(int ruleCount, int groupsPerEni, int batchSize, int seed = 1)
    {
        var random = new Random(seed);
        const int groupCount = 16, eniCount = 256;
        var members = new List<IpCidr>[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            members[g] = [];
        }

        for (var i = 0; i < eniCount; i++)
        {
            members[i % groupCount].Add(new IpCidr(NetworkAddress.FromIPv4(0x0A000001u + (uint)i), 32));
            if (i % 5 == 0)
            {
                members[(i + 1 + (i % (groupCount - 1))) % groupCount].Add(new IpCidr(NetworkAddress.FromIPv4(0x0A000001u + (uint)i), 32));
            }
        }

        var groups = Enumerable.Range(0, groupCount).Select(g => new SecurityGroupSnapshot(
            $"sg-{g}", SecurityGroupType.Normal, InnerAccessPolicy.Accept, [.. Rules(random, ruleCount, g)], AddressSet.FromCidrs(members[g]))).ToArray();

        // The receiver is ENI 3 (group 3, plus group 4 when two), the sender ENI 200 (group 8, plus group 9).
        SecurityGroupSnapshot[] receiverGroups = groupsPerEni == 1 ? [groups[3]] : [groups[3], groups[4]];
        SecurityGroupSnapshot[] senderGroups = groupsPerEni == 1 ? [groups[8]] : [groups[8], groups[9]];
        var receiver = EffectivePolicyBuilder.Build(receiverGroups, DictionaryPeerResolver.Empty, EmulationOptions.Default).GetValueOrThrow();
        var sender = EffectivePolicyBuilder.Build(senderGroups, DictionaryPeerResolver.Empty, EmulationOptions.Default).GetValueOrThrow();
        var receiverRules = receiverGroups.SelectMany(g => g.Rules).Where(r => r.Direction == Direction.Ingress).ToArray();

        var flows = new Flow[batchSize];
        for (var i = 0; i < flows.Length; i++)
        {
            byte protocol;
            int port;
            if (receiverRules.Length > 0 && random.NextDouble() < 0.6)
            {
                var rule = receiverRules[random.Next(receiverRules.Length)];
                protocol = rule.Protocol.Number;
                port = random.Next(rule.DestinationPorts.From, rule.DestinationPorts.To + 1);
            }
            else
            {
                protocol = random.Next(10) < 7 ? IpProtocol.TcpNumber : IpProtocol.UdpNumber;
                port = random.Next(1, 65536);
            }

            flows[i] = new Flow(IpFamily.IPv4, 0x0A000001u + 200, 0x0A000001u + 3, protocol, (ushort)random.Next(1024, 65536), (ushort)port);
        }

        return new RegionWorkload(RuleCompiler.Compile(receiver.Ingress), RuleCompiler.Compile(sender.Egress), flows);
    }

    private static IEnumerable<SecurityGroupRule> Rules(Random random, int count, int group)
    {
        for (var i = 0; i < count; i++)
        {
            var start = 1 + (i * 3);
            var width = random.Next(3) == 0 ? 3 : 1;
            var tcp = random.Next(10) is < 6 or 9;
            yield return new SecurityGroupRule
            {
                RuleId = $"sgr-{group}-{i}",
                Direction = i % 4 == 3 ? Direction.Egress : Direction.Ingress,
                Protocol = tcp ? IpProtocol.Tcp : IpProtocol.Udp,
                DestinationPorts = new PortRange((ushort)start, (ushort)(start + width - 1)),
                Remote = new CidrPeer(IpCidr.Parse(Remotes[random.Next(Remotes.Length)])),
                Policy = random.Next(100) < 15 ? RulePolicy.Drop : RulePolicy.Accept,
                Priority = 1 + random.Next(100),
            };
        }
    }
}
