namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of DescribePrefixListAttributes' <c>Entries.Entry</c>.</summary>
public sealed record SnapshotPrefixListEntry
{
    public string? Cidr { get; init; }
    public string? Description { get; init; }
}
