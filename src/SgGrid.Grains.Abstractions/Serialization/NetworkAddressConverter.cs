using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="NetworkAddress"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class NetworkAddressConverter : IConverter<NetworkAddress, NetworkAddressSurrogate>
{
    public NetworkAddress ConvertFromSurrogate(in NetworkAddressSurrogate surrogate) =>
        new(new UInt128(surrogate.High, surrogate.Low), surrogate.Family);

    public NetworkAddressSurrogate ConvertToSurrogate(in NetworkAddress value) =>
        new() { High = (ulong)(value.Value >> 64), Low = (ulong)value.Value, Family = value.Family };
}
