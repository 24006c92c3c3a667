namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>An instance's <c>VpcAttributes</c>.</summary>
public sealed record SnapshotVpcAttributes
{
    public string? VpcId { get; init; }
    public string? VSwitchId { get; init; }
}
