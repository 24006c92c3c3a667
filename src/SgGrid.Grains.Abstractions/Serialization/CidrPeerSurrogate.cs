using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Wire form of <see cref="CidrPeer"/>. The domain knows nothing of Orleans, so its types travel as surrogates.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.peer.cidr")]
public struct CidrPeerSurrogate
{
    [Id(0)] public IpCidr Cidr;
}
