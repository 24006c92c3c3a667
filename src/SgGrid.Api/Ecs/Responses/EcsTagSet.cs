namespace SgGrid.Api.Ecs.Responses;

/// <summary><c>"Tags": {"Tag": [{"TagKey", "TagValue"}]}</c>, sorted by key.</summary>
public sealed record EcsTagSet(IReadOnlyList<EcsTag> Tag)
{
    public static EcsTagSet From(IReadOnlyDictionary<string, string> tags) =>
        new([.. tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new EcsTag(t.Key, t.Value))]);
}
