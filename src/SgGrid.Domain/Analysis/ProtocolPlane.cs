using System.Collections.Immutable;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// One side's decisions for one protocol and one pair of addresses over the plane of (source port, destination port),
/// cut into a grid whose every cell has one decision: cell (i, j) spans source ports
/// [<see cref="SourceStarts"/>[i], next start − 1] and destination ports [<see cref="DestinationStarts"/>[j], next − 1].
/// </summary>
/// <remarks>
/// For TCP and UDP the plane spans ports 1-65535 on both axes; for any other protocol it is the single point (0, 0).
/// The grid is exact: its lines are every port boundary of the rules (and platform entries) that can match the pair.
/// </remarks>
public sealed class ProtocolPlane
{
    public ProtocolPlane(ReachabilityProtocol protocol, ImmutableArray<ushort> sourceStarts, ImmutableArray<ushort> destinationStarts, ImmutableArray<FilterDecision> cells)
    {
        if (sourceStarts.IsDefaultOrEmpty || destinationStarts.IsDefaultOrEmpty || cells.Length != sourceStarts.Length * destinationStarts.Length)
        {
            throw new ArgumentException("A plane needs at least one interval per axis and one decision per cell.");
        }

        Protocol = protocol;
        SourceStarts = sourceStarts;
        DestinationStarts = destinationStarts;
        Cells = cells;
    }

    public ReachabilityProtocol Protocol { get; }

    public ImmutableArray<ushort> SourceStarts { get; }

    public ImmutableArray<ushort> DestinationStarts { get; }

    /// <summary>Row-major: source interval, then destination interval.</summary>
    public ImmutableArray<FilterDecision> Cells { get; }

    /// <summary>The first port of both axes (1 for TCP/UDP, 0 otherwise).</summary>
    public ushort First => Protocol.HasPorts ? (ushort)1 : (ushort)0;

    /// <summary>The last port of both axes (65535 for TCP/UDP, 0 otherwise).</summary>
    public ushort Last => Protocol.HasPorts ? ushort.MaxValue : (ushort)0;

    /// <summary>The decision for one (source port, destination port) of the plane.</summary>
    public FilterDecision DecisionAt(ushort sourcePort, ushort destinationPort) =>
        Cells[(IntervalOf(SourceStarts, sourcePort) * DestinationStarts.Length) + IntervalOf(DestinationStarts, destinationPort)];

    /// <summary>The interval of <paramref name="starts"/> that holds <paramref name="port"/>.</summary>
    internal static int IntervalOf(ImmutableArray<ushort> starts, ushort port)
    {
        var index = starts.AsSpan().BinarySearch(port);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>The port range of interval <paramref name="index"/> of <paramref name="starts"/>.</summary>
    internal PortRange RangeOf(ImmutableArray<ushort> starts, int index) =>
        new(starts[index], index + 1 < starts.Length ? (ushort)(starts[index + 1] - 1) : Last);
}
