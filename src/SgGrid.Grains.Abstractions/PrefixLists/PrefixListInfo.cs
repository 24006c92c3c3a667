using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.PrefixLists;

/// <summary>A prefix list's attributes and entries, as DescribePrefixListAttributes shows them.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.PrefixListInfo")]
public sealed record PrefixListInfo
{
    [Id(0)] public required string PrefixListId { get; init; }
    [Id(1)] public required ResourceOwner Owner { get; init; }
    [Id(2)] public required IpFamily AddressFamily { get; init; }
    [Id(3)] public required int MaxEntries { get; init; }
    [Id(4)] public string Name { get; init; } = "";
    [Id(5)] public string Description { get; init; } = "";

    /// <summary>The entries, ascending by block.</summary>
    [Id(6)] public ImmutableArray<PrefixListEntry> Entries { get; init; } = [];
    [Id(7)] public DateTimeOffset CreationTime { get; init; }

    /// <summary>Bumped by every change of the entries.</summary>
    [Id(8)] public long Version { get; init; }

    /// <summary>Security groups using the list.</summary>
    [Id(9)] public int AssociationCount { get; init; }
    [Id(10)] public string ResourceGroupId { get; init; } = "";
    [Id(11)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
}
