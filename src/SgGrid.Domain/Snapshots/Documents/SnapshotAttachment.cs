namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>A secondary ENI's <c>Attachment</c>: the instance it is attached to.</summary>
public sealed record SnapshotAttachment
{
    public string? InstanceId { get; init; }
}
