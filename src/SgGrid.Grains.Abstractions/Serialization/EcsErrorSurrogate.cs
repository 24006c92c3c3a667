using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="EcsError"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.error")]
public struct EcsErrorSurrogate
{
    [Id(0)] public string Code;
    [Id(1)] public string Message;
    [Id(2)] public int Index;
}
