namespace SgGrid.Domain.Analysis;

/// <summary>
/// A set of packets of one address family seen by one direction of one ENI: the product of five value sets — remote
/// address, local address, protocol number, source port, destination port. A rule's match condition is a box.
/// </summary>
/// <remarks>Immutable. A box with an empty dimension is empty. Differences are unions of boxes (<see cref="Subtract"/>).</remarks>
public sealed record PacketBox(ValueSet Remote, ValueSet Local, ValueSet Protocols, ValueSet SourcePorts, ValueSet DestinationPorts)
{
    public bool IsEmpty => Remote.IsEmpty || Local.IsEmpty || Protocols.IsEmpty || SourcePorts.IsEmpty || DestinationPorts.IsEmpty;

    public PacketBox? Intersect(PacketBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var box = new PacketBox(
            Remote.Intersect(other.Remote),
            Local.Intersect(other.Local),
            Protocols.Intersect(other.Protocols),
            SourcePorts.Intersect(other.SourcePorts),
            DestinationPorts.Intersect(other.DestinationPorts));
        return box.IsEmpty ? null : box;
    }

    /// <summary>This box minus <paramref name="other"/>: at most five disjoint boxes.</summary>
    public IEnumerable<PacketBox> Subtract(PacketBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Intersect(other) is null)
        {
            yield return this;
            yield break;
        }

        // Peel one dimension at a time: the part outside other on that dimension, then narrow to the inside and go on.
        var rest = this;
        var remoteOut = rest.Remote.Subtract(other.Remote);
        if (!remoteOut.IsEmpty)
        {
            yield return rest with { Remote = remoteOut };
        }

        rest = rest with { Remote = rest.Remote.Intersect(other.Remote) };
        var localOut = rest.Local.Subtract(other.Local);
        if (!localOut.IsEmpty)
        {
            yield return rest with { Local = localOut };
        }

        rest = rest with { Local = rest.Local.Intersect(other.Local) };
        var protocolsOut = rest.Protocols.Subtract(other.Protocols);
        if (!protocolsOut.IsEmpty)
        {
            yield return rest with { Protocols = protocolsOut };
        }

        rest = rest with { Protocols = rest.Protocols.Intersect(other.Protocols) };
        var sourceOut = rest.SourcePorts.Subtract(other.SourcePorts);
        if (!sourceOut.IsEmpty)
        {
            yield return rest with { SourcePorts = sourceOut };
        }

        rest = rest with { SourcePorts = rest.SourcePorts.Intersect(other.SourcePorts) };
        var destinationOut = rest.DestinationPorts.Subtract(other.DestinationPorts);
        if (!destinationOut.IsEmpty)
        {
            yield return rest with { DestinationPorts = destinationOut };
        }
    }

    public override string ToString() => $"remote {Remote} local {Local} proto {Protocols} sport {SourcePorts} dport {DestinationPorts}";
}
