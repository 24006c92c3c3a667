using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.PrefixLists;

/// <summary>What CreatePrefixList asks for. The id is the grain's key.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.PrefixListSpec")]
public sealed record PrefixListSpec
{
    [Id(0)] public required ResourceOwner Owner { get; init; }
    [Id(1)] public required IpFamily AddressFamily { get; init; }

    /// <summary>The most entries the list may hold: 1 to the per-list limit (200 by default); ModifyPrefixList may change it.</summary>
    [Id(2)] public required int MaxEntries { get; init; }
    [Id(3)] public string Name { get; init; } = "";
    [Id(4)] public string Description { get; init; } = "";
    [Id(5)] public ImmutableArray<PrefixListEntry> Entries { get; init; } = [];
    [Id(6)] public string ResourceGroupId { get; init; } = "";
    [Id(7)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    /// <summary>When the resource was created: an imported resource keeps its own (ImportRegion); null for now.</summary>
    [Id(8)] public DateTimeOffset? CreationTime { get; init; }
}
