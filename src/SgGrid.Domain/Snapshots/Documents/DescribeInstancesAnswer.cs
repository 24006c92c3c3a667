namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribeInstances answer (one page, or every item in one answer).</summary>
public sealed record DescribeInstancesAnswer
{
    public string? RegionId { get; init; }
    public WrappedList<SnapshotInstance>? Instances { get; init; }
}
