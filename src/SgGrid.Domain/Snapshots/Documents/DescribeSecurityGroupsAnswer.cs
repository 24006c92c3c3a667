namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribeSecurityGroups answer (one page, or every item in one answer).</summary>
public sealed record DescribeSecurityGroupsAnswer
{
    public string? RegionId { get; init; }
    public WrappedList<SnapshotSecurityGroup>? SecurityGroups { get; init; }
}
