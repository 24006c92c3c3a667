using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="Flow"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.flow")]
public struct FlowSurrogate
{
    [Id(0)] public ulong SourceHigh;
    [Id(1)] public ulong SourceLow;
    [Id(2)] public ulong DestinationHigh;
    [Id(3)] public ulong DestinationLow;
    [Id(4)] public ushort SourcePort;
    [Id(5)] public ushort DestinationPort;
    [Id(6)] public byte Protocol;
    [Id(7)] public IpFamily Family;
}
