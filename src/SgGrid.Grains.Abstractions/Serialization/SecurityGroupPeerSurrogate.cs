using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="SecurityGroupPeer"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.peer.group")]
public struct SecurityGroupPeerSurrogate
{
    [Id(0)] public string GroupId;
    [Id(1)] public string? OwnerAccount;
}
