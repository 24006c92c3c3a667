namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of DescribeVSwitches' <c>VSwitches.VSwitch</c>.</summary>
public sealed record SnapshotVSwitch
{
    public string? VSwitchId { get; init; }
    public string? VSwitchName { get; init; }
    public string? Description { get; init; }
    public string? VpcId { get; init; }
    public string? ZoneId { get; init; }
    public string? CidrBlock { get; init; }
    public string? Ipv6CidrBlock { get; init; }
    public string? CreationTime { get; init; }
    public string? ResourceGroupId { get; init; }
    public WrappedList<SnapshotTag>? Tags { get; init; }
}
