using System.Collections.Immutable;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// A range of source ports over which the destination ports behave alike: the allowed destination ports (merged), and
/// every destination range with the decisions behind it. Without quintuple rules there is one band, ports 1-65535.
/// </summary>
public sealed record ReachabilityBand(PortRange SourcePorts, ImmutableArray<PortRange> AllowedDestinationPorts, ImmutableArray<ReachabilityRange> Ranges);
