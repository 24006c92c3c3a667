namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribePrefixListAttributes answer: a list's entries.</summary>
public sealed record DescribePrefixListAttributesAnswer
{
    public string? PrefixListId { get; init; }
    public WrappedList<SnapshotPrefixListEntry>? Entries { get; init; }
}
