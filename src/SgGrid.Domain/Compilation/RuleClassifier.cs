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
}
