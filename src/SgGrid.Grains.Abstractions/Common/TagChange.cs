using System.Collections.Immutable;

namespace SgGrid.Grains.Abstractions.Common;

/// <summary>
/// A change of one resource's tags (TagResources / UntagResources): keys to set (added, or their value replaced), keys
/// to remove, or every tag removed. A resource holds at most <see cref="MaxTagsPerResource"/> tags.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.TagChange")]
public sealed record TagChange
{
    /// <summary>ECS's and VPC's limit of tags on one resource.</summary>
    public const int MaxTagsPerResource = 20;

    [Id(0)] public ImmutableDictionary<string, string> Set { get; init; } = ImmutableDictionary<string, string>.Empty;

    [Id(1)] public ImmutableArray<string> Remove { get; init; } = [];

    /// <summary>Removes every tag (UntagResources' <c>All=true</c>).</summary>
    [Id(2)] public bool RemoveAll { get; init; }
}
