namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of an ENI's <c>PrivateIpSets.PrivateIpSet</c>.</summary>
public sealed record SnapshotPrivateIp
{
    public string? PrivateIpAddress { get; init; }
    public bool? Primary { get; init; }
}
