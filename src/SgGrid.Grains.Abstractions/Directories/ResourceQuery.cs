using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Grains.Abstractions.Directories;

/// <summary>
/// A Describe* listing: one kind, optional filters (all must hold), and one of the two pagination styles. Results are
/// sorted by id descending.
/// </summary>
/// <remarks>
/// Token style when <see cref="MaxResults"/> or <see cref="NextToken"/> is set, page style otherwise. The directory clamps
/// sizes to 1-<see cref="MaxPageSize"/>; the API applies each action's own defaults and limits before asking.
/// </remarks>
[GenerateSerializer, Immutable, Alias("sggrid.ResourceQuery")]
public sealed record ResourceQuery
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 1000;

    [Id(0)] public required ResourceKind Kind { get; init; }

    /// <summary>Only these ids (empty: any). Unknown ids are simply absent from the result.</summary>
    [Id(1)] public ImmutableArray<string> Ids { get; init; } = [];
    [Id(2)] public string? VpcId { get; init; }
    [Id(3)] public string? VSwitchId { get; init; }
    [Id(4)] public string? ZoneId { get; init; }
    [Id(5)] public string? InstanceId { get; init; }

    /// <summary>Exact name, or a pattern where <c>*</c> matches any run of characters (DescribeInstances' InstanceName).</summary>
    [Id(6)] public string? Name { get; init; }
    [Id(7)] public SecurityGroupType? SecurityGroupType { get; init; }
    [Id(8)] public string? ResourceGroupId { get; init; }

    /// <summary>Tags the resource must carry; an empty value matches any value of the key.</summary>
    [Id(9)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Attributes the resource must carry with exactly these values.</summary>
    [Id(10)] public ImmutableDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Page style: 1-based page number (default 1).</summary>
    [Id(11)] public int? PageNumber { get; init; }

    /// <summary>Page style: items per page (default 10).</summary>
    [Id(12)] public int? PageSize { get; init; }

    /// <summary>Token style: items per call (default 10).</summary>
    [Id(13)] public int? MaxResults { get; init; }

    /// <summary>Token style: the <see cref="ResourcePage.NextToken"/> of the previous call; null or empty for the first.</summary>
    [Id(14)] public string? NextToken { get; init; }

    /// <summary>
    /// Fields the resource must carry at least one of the listed values in (as an <see cref="ResourceSummary.Attributes"/>
    /// value or among its <see cref="ResourceSummary.AttributeSets"/>); an empty list matches nothing.
    /// </summary>
    [Id(15)] public ImmutableDictionary<string, ImmutableArray<string>> AnyOf { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    public bool UsesTokens => MaxResults is not null || !string.IsNullOrEmpty(NextToken);
}
