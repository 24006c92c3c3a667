namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of an ENI's <c>Ipv6Sets.Ipv6Set</c>.</summary>
public sealed record SnapshotIpv6Address
{
    public string? Ipv6Address { get; init; }
}
