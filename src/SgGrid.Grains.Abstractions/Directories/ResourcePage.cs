using System.Collections.Immutable;

namespace SgGrid.Grains.Abstractions.Directories;

/// <summary>One page of a <see cref="ResourceQuery"/>.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.ResourcePage")]
public sealed record ResourcePage
{
    [Id(0)] public ImmutableArray<ResourceSummary> Items { get; init; } = [];

    /// <summary>Resources matching the filters, over all pages.</summary>
    [Id(1)] public int TotalCount { get; init; }

    /// <summary>Page style: the page returned. Token style: 0.</summary>
    [Id(2)] public int PageNumber { get; init; }

    /// <summary>The page size (or MaxResults) applied.</summary>
    [Id(3)] public int PageSize { get; init; }

    /// <summary>Token style: the token for the next page, or null on the last. Page style: null.</summary>
    [Id(4)] public string? NextToken { get; init; }
}
