using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="CidrPeer"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class CidrPeerConverter : IConverter<CidrPeer, CidrPeerSurrogate>
{
    public CidrPeer ConvertFromSurrogate(in CidrPeerSurrogate surrogate) =>
        new(surrogate.Cidr);

    public CidrPeerSurrogate ConvertToSurrogate(in CidrPeer value) =>
        new() { Cidr = value.Cidr };
}
