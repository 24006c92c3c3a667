namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribePrefixLists answer (one page, or every item in one answer).</summary>
public sealed record DescribePrefixListsAnswer
{
    public string? RegionId { get; init; }
    public WrappedList<SnapshotPrefixList>? PrefixLists { get; init; }
}
