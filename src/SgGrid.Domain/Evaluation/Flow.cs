using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Evaluation;

/// <summary>One connection attempt: initiator (source) → responder (destination), protocol and ports.</summary>
/// <remarks>
/// Both addresses are of <see cref="Family"/> (IPv4 values in the low 32 bits). A protocol without ports
/// carries port 0. A flow is evaluated on the sender's egress and the receiver's ingress; return traffic is implied.
/// </remarks>
public readonly record struct Flow
{
    public Flow(IpFamily family, UInt128 source, UInt128 destination, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        Source = source;
        Destination = destination;
        SourcePort = sourcePort;
        DestinationPort = destinationPort;
        Protocol = protocol;
        Family = family;
    }

    public UInt128 Source { get; }
    public UInt128 Destination { get; }
    public ushort SourcePort { get; }
    public ushort DestinationPort { get; }
    public byte Protocol { get; }
    public IpFamily Family { get; }

    public NetworkAddress SourceAddress => new(Source, Family);
    public NetworkAddress DestinationAddress => new(Destination, Family);

    public static Flow Create(NetworkAddress source, NetworkAddress destination, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        if (source.Family != destination.Family)
        {
            throw new ArgumentException("Source and destination must be of one address family.", nameof(destination));
        }

        return new Flow(source.Family, source.Value, destination.Value, protocol, sourcePort, destinationPort);
    }

    /// <summary>Convenience for tests and demos: <c>Flow.Parse("10.0.0.1", "10.0.0.2", "TCP", 33000, 22)</c>.</summary>
    public static Flow Parse(string source, string destination, string protocol, ushort sourcePort, ushort destinationPort) =>
        Create(NetworkAddress.Parse(source), NetworkAddress.Parse(destination), IpProtocol.Parse(protocol).Number, sourcePort, destinationPort);

    /// <summary>The far end as seen by a filter of <paramref name="direction"/>: the source for ingress, the destination for egress.</summary>
    public UInt128 RemoteFor(Direction direction) => direction == Direction.Ingress ? Source : Destination;

    /// <summary>The ENI's own end as seen by a filter of <paramref name="direction"/>.</summary>
    public UInt128 LocalFor(Direction direction) => direction == Direction.Ingress ? Destination : Source;

    public override string ToString() =>
        $"{SourceAddress}:{SourcePort} -> {DestinationAddress}:{DestinationPort} {(Protocol == 0 ? "0" : IpProtocol.FromNumber(Protocol).ToString())}";
}
