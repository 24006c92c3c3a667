namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One item of DescribePrefixLists' <c>PrefixLists.PrefixList</c>.</summary>
public sealed record SnapshotPrefixList
{
    public string? PrefixListId { get; init; }
    public string? PrefixListName { get; init; }
    public string? Description { get; init; }
    public string? AddressFamily { get; init; }
    public int? MaxEntries { get; init; }
    public string? CreationTime { get; init; }
    public string? ResourceGroupId { get; init; }
    public WrappedList<SnapshotTag>? Tags { get; init; }
}
