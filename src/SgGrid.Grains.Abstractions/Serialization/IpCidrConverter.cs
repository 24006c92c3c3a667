using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="IpCidr"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class IpCidrConverter : IConverter<IpCidr, IpCidrSurrogate>
{
    public IpCidr ConvertFromSurrogate(in IpCidrSurrogate surrogate) =>
        new(new NetworkAddress(new UInt128(surrogate.High, surrogate.Low), surrogate.Family), surrogate.PrefixLength);

    public IpCidrSurrogate ConvertToSurrogate(in IpCidr value) =>
        new() { High = (ulong)(value.First >> 64), Low = (ulong)value.First, PrefixLength = value.PrefixLength, Family = value.Family };
}
