using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="SecurityGroupPeer"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class SecurityGroupPeerConverter : IConverter<SecurityGroupPeer, SecurityGroupPeerSurrogate>
{
    public SecurityGroupPeer ConvertFromSurrogate(in SecurityGroupPeerSurrogate surrogate) =>
        new(surrogate.GroupId, surrogate.OwnerAccount);

    public SecurityGroupPeerSurrogate ConvertToSurrogate(in SecurityGroupPeer value) =>
        new() { GroupId = value.GroupId, OwnerAccount = value.OwnerAccount };
}
