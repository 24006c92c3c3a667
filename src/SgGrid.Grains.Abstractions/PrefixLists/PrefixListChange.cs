using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.PrefixLists;

/// <summary>
/// What ModifyPrefixList asks for. An added entry whose block the list already holds replaces that entry's description;
/// a block may not be both added and removed.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.PrefixListChange")]
public sealed record PrefixListChange
{
    /// <summary>New name, or null to keep it.</summary>
    [Id(0)] public string? Name { get; init; }

    /// <summary>New description, or null to keep it.</summary>
    [Id(1)] public string? Description { get; init; }
    [Id(2)] public ImmutableArray<PrefixListEntry> AddEntries { get; init; } = [];
    [Id(3)] public ImmutableArray<IpCidr> RemoveEntries { get; init; } = [];

    /// <summary>New MaxEntries (1 to the per-list limit), or null to keep it. Every rule using the list weighs it (D5).</summary>
    [Id(4)] public int? MaxEntries { get; init; }
}
