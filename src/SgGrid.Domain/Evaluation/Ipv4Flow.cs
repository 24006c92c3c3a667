using System.Runtime.InteropServices;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Evaluation;

/// <summary>An IPv4 <see cref="Flow"/> in 16 bytes: the shape the throughput path carries and evaluates in batches.</summary>
/// <remarks>
/// Blittable and padding-free (addresses at offsets 0 and 4, source port 8, destination port 10, protocol 12), so a byte
/// block of them is reinterpreted, not parsed. Addresses are the 32-bit values of <see cref="NetworkAddress.FromIPv4"/>.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 16)]
public readonly record struct Ipv4Flow
{
    public Ipv4Flow(uint source, uint destination, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        Source = source;
        Destination = destination;
        SourcePort = sourcePort;
        DestinationPort = destinationPort;
        Protocol = protocol;
    }

    public uint Source { get; }

    public uint Destination { get; }

    public ushort SourcePort { get; }

    public ushort DestinationPort { get; }

    public byte Protocol { get; }

    /// <summary>The same flow as a general <see cref="Flow"/>.</summary>
    public Flow ToFlow() => new(IpFamily.IPv4, Source, Destination, Protocol, SourcePort, DestinationPort);

    /// <summary>Packs an IPv4 flow; throws for IPv6.</summary>
    public static Ipv4Flow From(in Flow flow)
    {
        if (flow.Family != IpFamily.IPv4)
        {
            throw new ArgumentException("Only IPv4 flows pack into 16 bytes.", nameof(flow));
        }

        return new Ipv4Flow((uint)flow.Source, (uint)flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
    }
}
