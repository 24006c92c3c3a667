using System.Collections.Immutable;
using CsCheck;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Tests.Support;

/// <summary>
/// Random ENIs for property tests: several groups, IPv4 and IPv6, overlapping CIDRs from small pools (10.0.0.0-31,
/// 2001:db8::0-31), equal priorities, references, prefix lists, quintuple fields, intra-group trust, platform rules;
/// ports mostly 1-10, plus 25 and all ports.
/// </summary>
internal static class PolicyGenerators
{
    public static readonly string[] ReferencedGroups = ["sg-r1", "sg-r2", "sg-r3"];
    public static readonly string[] PrefixLists = ["pl-1", "pl-2"];

    // Small address pools so that blocks overlap, nest and touch often.
    public static readonly Gen<IpCidr> Ipv4Cidr =
        Gen.Select(Gen.Int[0, 31], Gen.OneOf(0, 24, 27, 28, 30, 31, 32, 32, 32),
            (host, length) => new IpCidr(NetworkAddress.FromIPv4(0x0A000000u + (uint)host), length));

    public static readonly Gen<IpCidr> Ipv6Cidr =
        Gen.Select(Gen.Int[0, 31], Gen.OneOf(0, 64, 123, 124, 126, 127, 128, 128),
            (host, length) => new IpCidr(new NetworkAddress(((UInt128)0x20010db8u << 96) + (uint)host, IpFamily.IPv6), length));

    public static readonly Gen<IpCidr> AnyCidr = Gen.Frequency((3, Ipv4Cidr), (1, Ipv6Cidr));

    public static readonly Gen<PortRange> TcpPorts = Gen.Frequency(
        (6, Gen.Select(Gen.Int[1, 10], Gen.Int[0, 5], (from, span) => new PortRange((ushort)from, (ushort)Math.Min(10, from + span)))),
        (1, Gen.Const(new PortRange(1, ushort.MaxValue))),
        (1, Gen.Const(PortRange.Of(25))));

    public static readonly Gen<RemotePeer> Remote = Gen.Frequency(
        (5, AnyCidr.Select(c => (RemotePeer)new CidrPeer(c))),
        (2, Gen.OneOf(ReferencedGroups).Select(g => (RemotePeer)new SecurityGroupPeer(g))),
        (1, Gen.OneOf(PrefixLists).Select(p => (RemotePeer)new PrefixListPeer(p))));

    public static readonly Gen<SecurityGroupRule> RuleGen =
        from direction in Gen.Bool
        from protocol in Gen.OneOf(IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.IcmpV6, IpProtocol.Gre, IpProtocol.All, IpProtocol.FromNumber(132))
        from ports in TcpPorts
        from sourcePorts in Gen.Frequency((3, Gen.Const(PortRange.All)), (1, TcpPorts))
        from remote in Remote
        from local in Gen.Frequency((4, Gen.Const(default(IpCidr?))), (1, AnyCidr.Select(c => (IpCidr?)c)))
        from drop in Gen.Bool
        from priority in Gen.Int[1, 4]
        select new SecurityGroupRule
        {
            RuleId = "sgr-pending",
            Direction = direction ? Direction.Ingress : Direction.Egress,
            Protocol = protocol,
            DestinationPorts = protocol.HasPorts ? ports : PortRange.All,
            SourcePorts = protocol.HasPorts ? sourcePorts : PortRange.All,
            Remote = remote,
            LocalCidr = local,
            Policy = drop ? RulePolicy.Drop : RulePolicy.Accept,
            Priority = priority,
        };

    public static readonly Gen<AddressSet> Addresses = AnyCidr.Array[0, 4].Select(AddressSet.FromCidrs);

    public static readonly Gen<Flow> FlowGen =
        from v6 in Gen.Int[0, 3]
        from source in Gen.Int[0, 33]
        from destination in Gen.Int[0, 33]
        from protocol in Gen.OneOf<byte>(0, 1, 6, 6, 17, 17, 47, 58, 132, 133)
        from sourcePort in Gen.Frequency((4, Gen.Int[0, 11]), (1, Gen.Const(65535)))
        from destinationPort in Gen.Frequency((4, Gen.Int[0, 11]), (1, Gen.Const(25)))
        select v6 == 0
            ? new Flow(IpFamily.IPv6, ((UInt128)0x20010db8u << 96) + (uint)source, ((UInt128)0x20010db8u << 96) + (uint)destination, protocol, (ushort)sourcePort, (ushort)destinationPort)
            : new Flow(IpFamily.IPv4, 0x0A000000u + (uint)source, 0x0A000000u + (uint)destination, protocol, (ushort)sourcePort, (ushort)destinationPort);

    public static readonly Gen<Scenario> ScenarioGen =
        from enterprise in Gen.Int[0, 3]
        from groups in Gen.Select(RuleGen.Array[0, 40], Gen.Bool, Addresses).Array[1, 3]
        from references in Addresses.Array[ReferencedGroups.Length]
        from prefixLists in Addresses.Array[PrefixLists.Length]
        from ingressOnly in Gen.Bool
        from block25 in Gen.Bool
        from platform in Gen.Frequency((3, Gen.Const(default(PlatformRule?))),
            (1, Gen.Select(AnyCidr, Gen.OneOf(IpProtocol.Tcp, IpProtocol.All), TcpPorts,
                (cidr, protocol, ports) => (PlatformRule?)new PlatformRule("p", null, cidr, protocol, protocol.HasPorts ? ports : PortRange.All))))
        from flows in FlowGen.Array[40]
        select new Scenario(
            [.. groups.Select((g, i) => new SecurityGroupSnapshot(
                $"sg-{i}",
                enterprise == 0 ? SecurityGroupType.Enterprise : SecurityGroupType.Normal,
                g.Item2 ? InnerAccessPolicy.Accept : InnerAccessPolicy.Drop,
                [.. g.Item1.Select((r, j) => r with { RuleId = $"sgr-{i}-{j}" })],
                g.Item3))],
            new DictionaryPeerResolver(
                ReferencedGroups.Zip(references).ToDictionary(x => x.First, x => x.Second),
                PrefixLists.Zip(prefixLists).ToDictionary(x => x.First, x => x.Second)),
            EmulationOptions.Default with
            {
                IntraGroupBypass = ingressOnly ? IntraGroupBypass.IngressOnly : IntraGroupBypass.Both,
                BlockOutboundTcp25 = block25,
                PlatformAllow = platform is null ? [] : [platform],
            },
            flows);

    public sealed record Scenario(ImmutableArray<SecurityGroupSnapshot> Groups, IPeerResolver Resolver, EmulationOptions Options, Flow[] Flows)
    {
        public override string ToString() =>
            string.Join("\n", Groups.Select(g => $"{g.GroupId} {g.Type} {g.InnerAccessPolicy} members [{g.MemberAddresses}]: " +
                string.Join("; ", g.Rules.Select(r => $"{r.Direction} {r.Protocol} {r.DestinationPorts} sp {r.SourcePorts} {r.Remote} local {r.LocalCidr} {r.Policy} p{r.Priority}"))))
            + $"\noptions {Options.IntraGroupBypass} block25 {Options.BlockOutboundTcp25} platform {Options.PlatformAllow.Length}";
    }
}
