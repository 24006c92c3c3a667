using System.Runtime.InteropServices;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>An IPv4 flow in 16 bytes: what the throughput path carries (a <see cref="Flow"/> is 48).</summary>
/// <remarks>Blittable and padding-free, so a <see cref="FlowBatch"/> travels as one byte block.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 16)]
public readonly record struct PackedFlow
{
    public PackedFlow(uint source, uint destination, byte protocol, ushort sourcePort, ushort destinationPort)
    {
        Source = source;
        Destination = destination;
        SourcePort = sourcePort;
        DestinationPort = destinationPort;
        Protocol = protocol;
    }

    /// <summary>The source IPv4 address as a 32-bit integer (network order read as big-endian).</summary>
    public uint Source { get; }

    public uint Destination { get; }

    public ushort SourcePort { get; }

    public ushort DestinationPort { get; }

    public byte Protocol { get; }

    /// <summary>The domain's flow (IPv4).</summary>
    public Flow ToFlow() => new(IpFamily.IPv4, Source, Destination, Protocol, SourcePort, DestinationPort);

    /// <summary>Packs an IPv4 flow; throws for IPv6.</summary>
    public static PackedFlow From(in Flow flow)
    {
        if (flow.Family != IpFamily.IPv4)
        {
            throw new ArgumentException("Only IPv4 flows pack into 16 bytes.", nameof(flow));
        }

        return new PackedFlow((uint)flow.Source, (uint)flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
    }
}
