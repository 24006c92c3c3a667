namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of DescribeNetworkInterfaces' <c>NetworkInterfaceSets.NetworkInterfaceSet</c>.</summary>
public sealed record SnapshotNetworkInterface
{
    public string? NetworkInterfaceId { get; init; }
    public string? NetworkInterfaceName { get; init; }
    public string? Description { get; init; }
    public string? Type { get; init; }
    public string? InstanceId { get; init; }
    public string? VpcId { get; init; }
    public string? VSwitchId { get; init; }
    public string? ZoneId { get; init; }
    public string? PrivateIpAddress { get; init; }
    public string? MacAddress { get; init; }
    public string? CreationTime { get; init; }
    public bool? DeleteOnRelease { get; init; }
    public string? ResourceGroupId { get; init; }
    public bool? ServiceManaged { get; init; }
    public WrappedList<string>? SecurityGroupIds { get; init; }
    public WrappedList<SnapshotPrivateIp>? PrivateIpSets { get; init; }
    public WrappedList<SnapshotIpv6Address>? Ipv6Sets { get; init; }
    public SnapshotAttachment? Attachment { get; init; }
    public WrappedList<SnapshotTag>? Tags { get; init; }
}
