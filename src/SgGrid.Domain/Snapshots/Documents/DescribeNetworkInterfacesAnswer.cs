namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribeNetworkInterfaces answer (one page, or every item in one answer).</summary>
public sealed record DescribeNetworkInterfacesAnswer
{
    public string? RegionId { get; init; }
    public WrappedList<SnapshotNetworkInterface>? NetworkInterfaceSets { get; init; }
}
