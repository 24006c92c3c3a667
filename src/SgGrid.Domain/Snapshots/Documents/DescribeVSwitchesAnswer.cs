namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>One DescribeVSwitches answer (one page, or every item in one answer).</summary>
public sealed record DescribeVSwitchesAnswer
{
    public string? RegionId { get; init; }
    public WrappedList<SnapshotVSwitch>? VSwitches { get; init; }
}
