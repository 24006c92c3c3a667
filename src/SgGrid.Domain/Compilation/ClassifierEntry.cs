namespace SgGrid.Domain.Compilation;

/// <summary>One match condition of one rule in one address family: a box in the five dimensions.</summary>
/// <remarks>A rule whose remote peer resolves to several address intervals contributes one entry per interval.</remarks>
internal readonly record struct ClassifierEntry<T>(
    int RuleIndex,
    T RemoteFirst,
    T RemoteLast,
    T LocalFirst,
    T LocalLast,
    byte ProtocolFirst,
    byte ProtocolLast,
    ushort SourcePortFirst,
    ushort SourcePortLast,
    ushort DestinationPortFirst,
    ushort DestinationPortLast)
    where T : unmanaged;
