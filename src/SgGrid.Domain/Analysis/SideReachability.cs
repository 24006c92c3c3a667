using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// One ENI's side of a reachability question — its egress towards a destination, or its ingress from a source — for one
/// pair of addresses: a <see cref="ProtocolPlane"/> for TCP, UDP, GRE, the family's ICMP, every protocol its rules name, and
/// <see cref="ReachabilityProtocol.IsOther"/> for the rest.
/// </summary>
public sealed class SideReachability
{
    /// <summary>The protocols every answer lists, by family: TCP, UDP, GRE and the family's ICMP.</summary>
    public static ImmutableArray<byte> StandardProtocols(IpFamily family) => family == IpFamily.IPv4
        ? [IpProtocol.IcmpNumber, IpProtocol.TcpNumber, IpProtocol.UdpNumber, IpProtocol.GreNumber]
        : [IpProtocol.TcpNumber, IpProtocol.UdpNumber, IpProtocol.GreNumber, IpProtocol.IcmpV6Number];

    public SideReachability(Direction direction, ImmutableArray<ProtocolPlane> planes)
    {
        if (planes.IsDefaultOrEmpty || planes.Count(p => p.Protocol.IsOther) != 1)
        {
            throw new ArgumentException("A side needs exactly one plane for the other protocols.", nameof(planes));
        }

        Direction = direction;
        Planes = planes;
    }

    public Direction Direction { get; }

    /// <summary>Named protocols ascending by number, then the other-protocols plane.</summary>
    public ImmutableArray<ProtocolPlane> Planes { get; }

    public ProtocolPlane Other => Planes[^1];

    /// <summary>The plane deciding <paramref name="number"/> on this side: its own, or <see cref="Other"/> when no rule names it.</summary>
    public ProtocolPlane PlaneFor(byte number)
    {
        foreach (var plane in Planes)
        {
            if (!plane.Protocol.IsOther && plane.Protocol.Number == number)
            {
                return plane;
            }
        }

        return Other;
    }

    /// <summary>
    /// Computes the side for flows between <paramref name="local"/> (the ENI's address) and <paramref name="remote"/>,
    /// deciding each grid cell with <paramref name="evaluate"/> (the compiled filter, or the reference evaluator).
    /// </summary>
    /// <param name="policy">The ENI's policy of this direction: its rules give the grid lines.</param>
    /// <param name="evaluate">Decides one flow exactly as <paramref name="policy"/> does.</param>
    /// <param name="local">The ENI's own address in the flows.</param>
    /// <param name="remote">The far end's address; same family as <paramref name="local"/>.</param>
    public static SideReachability Compute(DirectionalPolicy policy, Func<Flow, FilterDecision> evaluate, NetworkAddress local, NetworkAddress remote)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(evaluate);
        if (local.Family != remote.Family)
        {
            throw new ArgumentException("Both ends must be of one address family.", nameof(remote));
        }

        var direction = policy.Direction;
        var rules = policy.Rules.Where(r => r.RemoteAddresses.Contains(remote) && (r.Rule.LocalCidr is not { } cidr || cidr.Contains(local))).ToArray();
        var platform = policy.PlatformAllow.Where(p => p.Remote.Contains(remote)).ToArray();
        var tcp25 = policy.BlockOutboundTcp25 && !policy.InternalAddresses.Contains(remote);

        var named = new SortedSet<byte>(StandardProtocols(local.Family));
        named.UnionWith(rules.Where(r => !r.Rule.Protocol.IsAll).Select(r => r.Rule.Protocol.Number));
        named.UnionWith(platform.Where(p => !p.Protocol.IsAll).Select(p => p.Protocol.Number));
        var other = Enumerable.Range(0, 256).Select(n => (byte)n).First(n => !named.Contains(n));

        var planes = ImmutableArray.CreateBuilder<ProtocolPlane>(named.Count + 1);
        foreach (var number in named)
        {
            planes.Add(Plane(ReachabilityProtocol.Of(number)));
        }

        planes.Add(Plane(new ReachabilityProtocol(other, IsOther: true)));
        return new SideReachability(direction, planes.MoveToImmutable());

        ProtocolPlane Plane(ReachabilityProtocol protocol)
        {
            if (!protocol.HasPorts)
            {
                return new ProtocolPlane(protocol, [0], [0], [Decide(protocol.Number, 0, 0)]);
            }

            var sourceStarts = new SortedSet<ushort> { 1 };
            var destinationStarts = new SortedSet<ushort> { 1 };
            foreach (var rule in rules.Where(r => r.Rule.Protocol.Matches(protocol.Number)))
            {
                AddRange(sourceStarts, rule.Rule.SourcePorts);
                AddRange(destinationStarts, rule.Rule.DestinationPorts);
            }

            foreach (var entry in platform.Where(p => p.Protocol.Matches(protocol.Number)))
            {
                AddRange(destinationStarts, entry.DestinationPorts);
            }

            if (tcp25 && protocol.Number == IpProtocol.TcpNumber)
            {
                AddRange(destinationStarts, PortRange.Of(25));
            }

            ImmutableArray<ushort> sources = [.. sourceStarts];
            ImmutableArray<ushort> destinations = [.. destinationStarts];
            var cells = ImmutableArray.CreateBuilder<FilterDecision>(sources.Length * destinations.Length);
            foreach (var sourcePort in sources)
            {
                foreach (var destinationPort in destinations)
                {
                    cells.Add(Decide(protocol.Number, sourcePort, destinationPort));
                }
            }

            return new ProtocolPlane(protocol, sources, destinations, cells.MoveToImmutable());
        }

        FilterDecision Decide(byte protocol, ushort sourcePort, ushort destinationPort) => direction == Direction.Egress
            ? evaluate(Flow.Create(local, remote, protocol, sourcePort, destinationPort))
            : evaluate(Flow.Create(remote, local, protocol, sourcePort, destinationPort));
    }

    /// <summary>Adds the grid lines of <paramref name="range"/> clipped to ports 1-65535.</summary>
    private static void AddRange(SortedSet<ushort> starts, PortRange range)
    {
        if (range.From > 1)
        {
            starts.Add(range.From);
        }

        if (range.To < ushort.MaxValue && range.To >= 1)
        {
            starts.Add((ushort)(range.To + 1));
        }
    }
}
