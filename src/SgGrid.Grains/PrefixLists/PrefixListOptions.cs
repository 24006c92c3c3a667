namespace SgGrid.Grains.PrefixLists;

/// <summary>Prefix-list limits and fan-out.</summary>
public sealed class PrefixListOptions
{
    public const string SectionName = "SgGrid:PrefixLists";

    /// <summary>The largest MaxEntries a list may have (the cloud's limit: 200 entries).</summary>
    public int EntryLimit { get; set; } = 200;

    /// <summary>Security groups that may use one list (the cloud's limit: 1,000 associated resources).</summary>
    public int MaxAssociations { get; set; } = 1000;

    /// <summary>Prefix lists one account may hold in one region (the cloud's limit: 100 per region).</summary>
    public int MaxPrefixListsPerRegion { get; set; } = 100;

    /// <summary>Users notified at once when the entries change.</summary>
    public int FanOutConcurrency { get; set; } = 32;
}
