using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Analysis;

/// <summary>Exactly which flows between two addresses are allowed end to end, per protocol, as merged port ranges.</summary>
public sealed record ReachabilityReport(NetworkAddress Source, NetworkAddress Destination, ImmutableArray<ProtocolReachability> Protocols);
