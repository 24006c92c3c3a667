using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="IpProtocol"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.protocol")]
public struct IpProtocolSurrogate
{
    [Id(0)] public bool IsAll;
    [Id(1)] public byte Number;
}
