namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of DescribeVpcs' <c>Vpcs.Vpc</c>: the fields SgGrid keeps (others in the document are ignored).</summary>
public sealed record SnapshotVpc
{
    public string? VpcId { get; init; }
    public string? VpcName { get; init; }
    public string? Description { get; init; }
    public string? RegionId { get; init; }
    public string? CidrBlock { get; init; }
    public string? Ipv6CidrBlock { get; init; }
    public string? CreationTime { get; init; }
    public string? ResourceGroupId { get; init; }
    public WrappedList<SnapshotTag>? Tags { get; init; }
}
