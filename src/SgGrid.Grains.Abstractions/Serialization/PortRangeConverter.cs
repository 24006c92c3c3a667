using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="PortRange"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class PortRangeConverter : IConverter<PortRange, PortRangeSurrogate>
{
    public PortRange ConvertFromSurrogate(in PortRangeSurrogate surrogate) =>
        new(surrogate.From, surrogate.To);

    public PortRangeSurrogate ConvertToSurrogate(in PortRange value) =>
        new() { From = value.From, To = value.To };
}
