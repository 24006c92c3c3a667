using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="PortRange"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.ports")]
public struct PortRangeSurrogate
{
    [Id(0)] public ushort From;
    [Id(1)] public ushort To;
}
