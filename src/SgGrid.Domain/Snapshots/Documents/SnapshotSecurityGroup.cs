namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of DescribeSecurityGroups' <c>SecurityGroups.SecurityGroup</c>.</summary>
public sealed record SnapshotSecurityGroup
{
    public string? SecurityGroupId { get; init; }
    public string? SecurityGroupName { get; init; }
    public string? Description { get; init; }
    public string? VpcId { get; init; }
    public string? SecurityGroupType { get; init; }
    public string? CreationTime { get; init; }
    public string? ResourceGroupId { get; init; }
    public bool? ServiceManaged { get; init; }
    public WrappedList<SnapshotTag>? Tags { get; init; }
}
