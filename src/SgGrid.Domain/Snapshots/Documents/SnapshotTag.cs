namespace SgGrid.Domain.Snapshots.Documents;

/// <summary>A tag as ECS answers write it (<c>TagKey</c>/<c>TagValue</c>) or as VPC answers do (<c>Key</c>/<c>Value</c>).</summary>
public sealed record SnapshotTag
{
    public string? TagKey { get; init; }
    public string? TagValue { get; init; }
    public string? Key { get; init; }
    public string? Value { get; init; }

    /// <summary>The key, whichever spelling the document used.</summary>
    public string? KeyText => TagKey ?? Key;

    /// <summary>The value, whichever spelling the document used (absent reads as empty).</summary>
    public string ValueText => TagValue ?? Value ?? "";
}
