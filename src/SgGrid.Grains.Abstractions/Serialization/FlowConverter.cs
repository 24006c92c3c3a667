using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="Flow"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class FlowConverter : IConverter<Flow, FlowSurrogate>
{
    public Flow ConvertFromSurrogate(in FlowSurrogate surrogate) =>
        new(surrogate.Family, new UInt128(surrogate.SourceHigh, surrogate.SourceLow), new UInt128(surrogate.DestinationHigh, surrogate.DestinationLow), surrogate.Protocol, surrogate.SourcePort, surrogate.DestinationPort);

    public FlowSurrogate ConvertToSurrogate(in Flow value) =>
        new()
        {
            SourceHigh = (ulong)(value.Source >> 64),
            SourceLow = (ulong)value.Source,
            DestinationHigh = (ulong)(value.Destination >> 64),
            DestinationLow = (ulong)value.Destination,
            SourcePort = value.SourcePort,
            DestinationPort = value.DestinationPort,
            Protocol = value.Protocol,
            Family = value.Family,
        };
}
