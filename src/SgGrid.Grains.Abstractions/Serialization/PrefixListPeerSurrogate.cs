using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="PrefixListPeer"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.peer.prefixlist")]
public struct PrefixListPeerSurrogate
{
    [Id(0)] public string PrefixListId;
}
