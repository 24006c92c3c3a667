namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribeSecurityGroupAttribute answer (a group's rules of one or both directions, or one page of them).</summary>
public sealed record DescribeSecurityGroupAttributeAnswer
{
    public string? RegionId { get; init; }
    public string? SecurityGroupId { get; init; }
    public string? InnerAccessPolicy { get; init; }
    public WrappedList<SnapshotRule>? Permissions { get; init; }
}
