using SgGrid.Domain.Addresses;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Silo;

/// <summary>
/// A small three-tier VPC (bastion, web, database) built from domain types, used by the demo until the silo hosts
/// real regions: each ENI's groups are pooled, compiled, and asked about a handful of connections.
/// </summary>
internal sealed class SampleRegion
{
    private readonly Dictionary<string, SampleEni> _enis = [];

    public SampleRegion()
    {
        var bastion = NetworkAddress.Parse("10.0.0.10");
        var web1 = NetworkAddress.Parse("10.0.1.11");
        var web2 = NetworkAddress.Parse("10.0.1.12");
        var db = NetworkAddress.Parse("10.0.2.20");

        var sgBastion = Group("sg-bastion", SecurityGroupType.Normal, InnerAccessPolicy.Accept, [bastion],
            Rule("sgr-bastion-ssh", Direction.Ingress, IpProtocol.Tcp, "22/22", new CidrPeer(IpCidr.Parse("198.51.100.0/24")), 1, RulePolicy.Accept));
        var sgWeb = Group("sg-web", SecurityGroupType.Normal, InnerAccessPolicy.Accept, [web1, web2],
            Rule("sgr-web-https", Direction.Ingress, IpProtocol.Tcp, "443/443", new CidrPeer(IpCidr.Parse("0.0.0.0/0")), 10, RulePolicy.Accept),
            Rule("sgr-web-ssh", Direction.Ingress, IpProtocol.Tcp, "22/22", new SecurityGroupPeer("sg-bastion"), 10, RulePolicy.Accept),
            Rule("sgr-web-block", Direction.Ingress, IpProtocol.All, "-1/-1", new CidrPeer(IpCidr.Parse("203.0.113.0/24")), 5, RulePolicy.Drop));
        var sgDb = Group("sg-db", SecurityGroupType.Normal, InnerAccessPolicy.Drop, [db],
            Rule("sgr-db-mysql", Direction.Ingress, IpProtocol.Tcp, "3306/3306", new SecurityGroupPeer("sg-web"), 1, RulePolicy.Accept),
            Rule("sgr-db-no-out", Direction.Egress, IpProtocol.All, "-1/-1", new CidrPeer(IpCidr.Parse("0.0.0.0/0")), 100, RulePolicy.Drop));

        var resolver = new DictionaryPeerResolver(new Dictionary<string, AddressSet>
        {
            ["sg-bastion"] = sgBastion.MemberAddresses,
            ["sg-web"] = sgWeb.MemberAddresses,
            ["sg-db"] = sgDb.MemberAddresses,
        });

        Add("eni-bastion", bastion, [sgBastion], resolver);
        Add("eni-web-1", web1, [sgWeb], resolver);
        Add("eni-web-2", web2, [sgWeb], resolver);
        Add("eni-db", db, [sgDb], resolver);
    }

    /// <summary>Decides a connection between two named ENIs or addresses; an address no ENI holds is external.</summary>
    public (ConnectionVerdict Verdict, string SourceWhy, string DestinationWhy) Check(string source, string destination, IpProtocol protocol, ushort port)
    {
        var (sourceAddress, sourceEni) = Resolve(source);
        var (destinationAddress, destinationEni) = Resolve(destination);
        var flow = Flow.Create(sourceAddress, destinationAddress, protocol.Number, 33000, protocol.HasPorts ? port : (ushort)0);
        var verdict = ConnectionEvaluator.Evaluate(flow, sourceEni?.Egress, destinationEni?.Ingress);
        return (verdict, Why(verdict.Source, sourceEni?.Egress), Why(verdict.Destination, destinationEni?.Ingress));
    }

    private static string Why(SideVerdict side, CompiledFilter? filter) =>
        side.Evaluated && filter is not null ? filter.Explain(side.Decision).ToString() : "external (no filter)";

    private (NetworkAddress Address, SampleEni? Eni) Resolve(string name)
    {
        if (_enis.TryGetValue(name, out var eni))
        {
            return (eni.Address, eni);
        }

        var address = NetworkAddress.Parse(name);
        return (address, _enis.Values.FirstOrDefault(e => e.Address == address));
    }

    private void Add(string id, NetworkAddress address, SecurityGroupSnapshot[] groups, IPeerResolver resolver)
    {
        var policy = EffectivePolicyBuilder.Build(groups, resolver, EmulationOptions.Default).GetValueOrThrow();
        var (ingress, egress) = RuleCompiler.Compile(policy);
        _enis[id] = new SampleEni(address, ingress, egress);
    }

    private static SecurityGroupSnapshot Group(string id, SecurityGroupType type, InnerAccessPolicy inner, NetworkAddress[] members, params SecurityGroupRule[] rules) =>
        new(id, type, inner, [.. rules], AddressSet.FromAddresses(members));

    private static SecurityGroupRule Rule(string id, Direction direction, IpProtocol protocol, string ports, RemotePeer remote, int priority, RulePolicy policy) =>
        new()
        {
            RuleId = id,
            Direction = direction,
            Protocol = protocol,
            DestinationPorts = PortRange.Parse(ports),
            Remote = remote,
            Priority = priority,
            Policy = policy,
        };

    private sealed record SampleEni(NetworkAddress Address, CompiledFilter Ingress, CompiledFilter Egress);
}
