using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="PrefixListPeer"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class PrefixListPeerConverter : IConverter<PrefixListPeer, PrefixListPeerSurrogate>
{
    public PrefixListPeer ConvertFromSurrogate(in PrefixListPeerSurrogate surrogate) =>
        new(surrogate.PrefixListId);

    public PrefixListPeerSurrogate ConvertToSurrogate(in PrefixListPeer value) =>
        new() { PrefixListId = value.PrefixListId };
}
