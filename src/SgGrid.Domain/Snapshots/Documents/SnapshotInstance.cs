namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of DescribeInstances' <c>Instances.Instance</c>.</summary>
public sealed record SnapshotInstance
{
    public string? InstanceId { get; init; }
    public string? InstanceName { get; init; }
    public string? HostName { get; init; }
    public string? Description { get; init; }
    public string? ZoneId { get; init; }
    public string? InstanceType { get; init; }
    public string? ImageId { get; init; }
    public string? CreationTime { get; init; }
    public string? ResourceGroupId { get; init; }
    public SnapshotVpcAttributes? VpcAttributes { get; init; }
    public WrappedList<SnapshotInstanceNetworkInterface>? NetworkInterfaces { get; init; }
    public WrappedList<SnapshotTag>? Tags { get; init; }
}
