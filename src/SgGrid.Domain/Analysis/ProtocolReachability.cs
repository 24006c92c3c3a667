using System.Collections.Immutable;

namespace SgGrid.Domain.Analysis;

/// <summary>One protocol of a reachability answer (or the class of unnamed ones, with the numbers it stands for).</summary>
public sealed record ProtocolReachability(ReachabilityProtocol Protocol, ImmutableArray<byte> Numbers, ImmutableArray<ReachabilityBand> Bands)
{
    /// <summary>Whether any flow of the protocol is allowed.</summary>
    public bool AnyAllowed => Bands.Any(b => !b.AllowedDestinationPorts.IsEmpty);
}
