using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="IpProtocol"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class IpProtocolConverter : IConverter<IpProtocol, IpProtocolSurrogate>
{
    public IpProtocol ConvertFromSurrogate(in IpProtocolSurrogate surrogate) =>
        surrogate.IsAll ? IpProtocol.All : IpProtocol.FromNumber(surrogate.Number);

    public IpProtocolSurrogate ConvertToSurrogate(in IpProtocol value) =>
        new() { IsAll = value.IsAll, Number = value.Number };
}
