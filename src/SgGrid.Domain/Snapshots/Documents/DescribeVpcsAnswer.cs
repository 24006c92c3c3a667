namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribeVpcs answer (one page, or every item in one answer).</summary>
public sealed record DescribeVpcsAnswer
{
    public string? RegionId { get; init; }
    public WrappedList<SnapshotVpc>? Vpcs { get; init; }
}
