using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// Joins the sender's egress side and the receiver's ingress side (decision D13) into the exact end-to-end answer: a
/// flow is allowed when both sides allow it; an external end has no filter and allows everything.
/// </summary>
/// <remarks>
/// Exact because each side's grid is: the joined grid's lines are the union of both sides' lines, and every cell is
/// decided by one cell of each side. A protocol one side does not name behaves on that side like its other protocols.
/// </remarks>
public static class ReachabilityAnalyzer
{
    /// <summary>The end-to-end answer for flows from <paramref name="sourceAddress"/> to <paramref name="destinationAddress"/>.</summary>
    /// <param name="sourceAddress">The sender's address.</param>
    /// <param name="destinationAddress">The receiver's address, of the same family.</param>
    /// <param name="source">The sender's egress side, or null when the source is external.</param>
    /// <param name="destination">The receiver's ingress side, or null when the destination is external.</param>
    public static ReachabilityReport Combine(NetworkAddress sourceAddress, NetworkAddress destinationAddress, SideReachability? source, SideReachability? destination)
    {
        if (sourceAddress.Family != destinationAddress.Family)
        {
            throw new ArgumentException("Both ends must be of one address family.", nameof(destinationAddress));
        }

        if (source is { Direction: not Direction.Egress } || destination is { Direction: not Direction.Ingress })
        {
            throw new ArgumentException("The source side is an egress side and the destination side an ingress side.");
        }

        var named = new SortedSet<byte>(SideReachability.StandardProtocols(sourceAddress.Family));
        foreach (var side in new[] { source, destination })
        {
            named.UnionWith(side?.Planes.Where(p => !p.Protocol.IsOther).Select(p => p.Protocol.Number) ?? []);
        }

        var protocols = ImmutableArray.CreateBuilder<ProtocolReachability>(named.Count + 1);
        foreach (var number in named)
        {
            protocols.Add(Join(ReachabilityProtocol.Of(number), [number], source?.PlaneFor(number), destination?.PlaneFor(number)));
        }

        ImmutableArray<byte> others = [.. Enumerable.Range(0, 256).Select(n => (byte)n).Where(n => !named.Contains(n))];
        protocols.Add(Join(new ReachabilityProtocol(others[0], IsOther: true), others, source?.Other, destination?.Other));
        return new ReachabilityReport(sourceAddress, destinationAddress, protocols.MoveToImmutable());
    }

    private static ProtocolReachability Join(ReachabilityProtocol protocol, ImmutableArray<byte> numbers, ProtocolPlane? source, ProtocolPlane? destination)
    {
        if (!protocol.HasPorts)
        {
            var only = Cell(source, destination, 0, 0);
            var point = new ReachabilityRange(PortRange.Of(0), only.Allowed, only.Source, only.Destination);
            return new ProtocolReachability(protocol, numbers, [new ReachabilityBand(PortRange.Of(0), only.Allowed ? [PortRange.Of(0)] : [], [point])]);
        }

        var sourceStarts = Lines(source?.SourceStarts, destination?.SourceStarts);
        var destinationStarts = Lines(source?.DestinationStarts, destination?.DestinationStarts);
        var rows = sourceStarts.Select(sourcePort => destinationStarts.Select(destinationPort => Cell(source, destination, sourcePort, destinationPort)).ToArray()).ToArray();

        var bands = ImmutableArray.CreateBuilder<ReachabilityBand>();
        for (var i = 0; i < rows.Length;)
        {
            var j = i + 1;
            while (j < rows.Length && rows[j].AsSpan().SequenceEqual(rows[i]))
            {
                j++;
            }

            var sourcePorts = new PortRange(sourceStarts[i], j < sourceStarts.Length ? (ushort)(sourceStarts[j] - 1) : ushort.MaxValue);
            bands.Add(Band(sourcePorts, destinationStarts, rows[i]));
            i = j;
        }

        return new ProtocolReachability(protocol, numbers, bands.ToImmutable());
    }

    private static ReachabilityBand Band(PortRange sourcePorts, ushort[] destinationStarts, Verdict[] row)
    {
        var ranges = ImmutableArray.CreateBuilder<ReachabilityRange>();
        var allowed = ImmutableArray.CreateBuilder<PortRange>();
        for (var i = 0; i < row.Length;)
        {
            var j = i + 1;
            while (j < row.Length && row[j] == row[i])
            {
                j++;
            }

            var ports = new PortRange(destinationStarts[i], j < destinationStarts.Length ? (ushort)(destinationStarts[j] - 1) : ushort.MaxValue);
            ranges.Add(new ReachabilityRange(ports, row[i].Allowed, row[i].Source, row[i].Destination));
            if (row[i].Allowed)
            {
                if (allowed.Count > 0 && allowed[^1].To + 1 == ports.From)
                {
                    allowed[^1] = allowed[^1] with { To = ports.To };
                }
                else
                {
                    allowed.Add(ports);
                }
            }

            i = j;
        }

        return new ReachabilityBand(sourcePorts, allowed.ToImmutable(), ranges.ToImmutable());
    }

    private static Verdict Cell(ProtocolPlane? source, ProtocolPlane? destination, ushort sourcePort, ushort destinationPort)
    {
        var sourceDecision = source?.DecisionAt(sourcePort, destinationPort);
        var destinationDecision = destination?.DecisionAt(sourcePort, destinationPort);
        return new Verdict((sourceDecision?.Allowed ?? true) && (destinationDecision?.Allowed ?? true), sourceDecision, destinationDecision);
    }

    private static ushort[] Lines(ImmutableArray<ushort>? a, ImmutableArray<ushort>? b)
    {
        var lines = new SortedSet<ushort> { 1 };
        lines.UnionWith(a ?? []);
        lines.UnionWith(b ?? []);
        return [.. lines];
    }

    private readonly record struct Verdict(bool Allowed, FilterDecision? Source, FilterDecision? Destination);
}
