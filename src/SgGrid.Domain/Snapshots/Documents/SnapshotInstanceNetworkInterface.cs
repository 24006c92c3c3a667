namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of an instance's <c>NetworkInterfaces.NetworkInterface</c>.</summary>
public sealed record SnapshotInstanceNetworkInterface
{
    public string? NetworkInterfaceId { get; init; }
    public string? Type { get; init; }
}
