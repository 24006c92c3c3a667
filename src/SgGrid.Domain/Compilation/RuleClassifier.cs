using System.Numerics;

namespace SgGrid.Domain.Compilation;

/// <summary>Finds the first rule (in evaluation order) whose conditions contain a packet of one address family.</summary>
internal abstract class RuleClassifier<T>
    where T : unmanaged, IBinaryInteger<T>
{
    /// <summary>The index of the first matching rule, or -1.</summary>
    public abstract int FirstMatch(T remote, T local, byte protocol, ushort sourcePort, ushort destinationPort);

    /// <summary>Bytes held by the classifier's arrays.</summary>
    public abstract long FootprintBytes { get; }

    /// <summary>The scratch length <see cref="PrepareRun"/> may write.</summary>
    public abstract int RunScratchLength { get; }

    /// <summary>
    /// Narrows the rules to those whose address conditions hold for <paramref name="remote"/> and <paramref name="local"/>
    /// (a run of flows between one pair of addresses), written to <paramref name="scratch"/>; returns the length written,
    /// 0 when no rule can match the pair.
    /// </summary>
    public abstract int PrepareRun(T remote, T local, Span<ulong> scratch);

    /// <summary>
    /// <see cref="FirstMatch"/> for a flow of the pair a <see cref="PrepareRun"/> prepared: only protocol and ports are
    /// looked up. <paramref name="run"/> is the prepared scratch, cut to the length returned.
    /// </summary>
    public abstract int FirstMatchInRun(ReadOnlySpan<ulong> run, byte protocol, ushort sourcePort, ushort destinationPort);
}
