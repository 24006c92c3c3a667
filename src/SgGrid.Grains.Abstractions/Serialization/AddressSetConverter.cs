using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="AddressSet"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class AddressSetConverter : IConverter<AddressSet, AddressSetSurrogate>
{
    public AddressSet ConvertFromSurrogate(in AddressSetSurrogate surrogate) =>
        surrogate.Blocks is null ? AddressSet.Empty : AddressSet.FromCidrs(surrogate.Blocks);

    public AddressSetSurrogate ConvertToSurrogate(in AddressSet value) =>
        new() { Blocks = [.. value.ToCidrs()] };
}
