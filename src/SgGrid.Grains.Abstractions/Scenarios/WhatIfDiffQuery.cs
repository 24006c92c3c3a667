using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>DescribeWhatIfDiff's filters and page.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.WhatIfDiffQuery")]
public sealed record WhatIfDiffQuery
{
    public const int DefaultMaxResults = 100;
    public const int MaxMaxResults = 1000;

    /// <summary>Only flows from these addresses (null: any); the API turns an ENI or instance into its addresses in both worlds.</summary>
    [Id(0)] public AddressSet? Sources { get; init; }
    [Id(1)] public AddressSet? Destinations { get; init; }

    /// <summary>Only these protocol numbers (empty: any).</summary>
    [Id(2)] public ImmutableArray<int> Protocols { get; init; } = [];
    [Id(3)] public int MaxResults { get; init; } = DefaultMaxResults;

    /// <summary>The previous page's <see cref="WhatIfDiffPage.NextToken"/>; null for the first page.</summary>
    [Id(4)] public string? NextToken { get; init; }
}
