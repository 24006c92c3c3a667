using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>A prefix list to load, checked: entries of its family, unique, at most <see cref="MaxEntries"/>.</summary>
public sealed record PlannedPrefixList(
    string PrefixListId,
    IpFamily AddressFamily,
    int MaxEntries,
    string Name,
    string Description,
    ImmutableArray<PlannedPrefixListEntry> Entries,
    string ResourceGroupId,
    ImmutableDictionary<string, string> Tags,
    DateTimeOffset? CreationTime);
