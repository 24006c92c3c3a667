namespace SgGrid.Api.Ecs.Responses;

/// <summary><c>"Tags": {"Tag": [{"Key", "Value"}]}</c>, sorted by key.</summary>
public sealed record VpcTagSet(IReadOnlyList<VpcTag> Tag)
{
    public static VpcTagSet From(IReadOnlyDictionary<string, string> tags) =>
        new([.. tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new VpcTag(t.Key, t.Value))]);
}
