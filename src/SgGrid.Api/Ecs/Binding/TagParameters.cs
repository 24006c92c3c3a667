using System.Collections.Immutable;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>Reads <c>Tag.N.Key</c> / <c>Tag.N.Value</c> (N 1-20) for creating resources or filtering Describe* calls.</summary>
public static class TagParameters
{
    public const int MaxTags = 20;
    public const int MaxLength = 128;

    /// <summary>
    /// The tags, by key. A key is 1-128 characters, not starting with <c>aliyun</c> or <c>acs:</c> and containing no
    /// <c>http://</c> or <c>https://</c>; a value is at most 128 characters; a key may appear once.
    /// </summary>
    /// <param name="reader">The request's parameters.</param>
    /// <param name="forFilter">Describe* filters: a value may be empty (any value of the key matches) and reserved prefixes are allowed.</param>
    public static ImmutableDictionary<string, string> Read(ParameterReader reader, bool forFilter = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tags = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (index, entry) in reader.Objects("Tag", MaxTags))
        {
            var key = entry.Parameters.Get("Key") ?? entry.Parameters.Get("key");
            var value = entry.Parameters.Get("Value") ?? entry.Parameters.Get("value") ?? "";
            if (key is null)
            {
                reader.Fail(new EcsError("MissingTag.Key", $"Tag.{index}.Key is mandatory when Tag.{index}.Value is given."));
                continue;
            }

            if (key.Length > MaxLength || (!forFilter && IsReserved(key)) || HasUrl(key) || key.Any(char.IsControl))
            {
                reader.Fail(new EcsError("InvalidTagKey.Malformed", $"The specified Tag.{index}.Key is not valid: 1-128 characters, not starting with aliyun or acs:, no http:// or https://, no control characters."));
                continue;
            }

            if (value.Length > MaxLength || HasUrl(value) || value.Any(char.IsControl))
            {
                reader.Fail(new EcsError("InvalidTagValue.Malformed", $"The specified Tag.{index}.Value is not valid: at most 128 characters, no http:// or https://, no control characters."));
                continue;
            }

            if (!tags.TryAdd(key, value))
            {
                reader.Fail(new EcsError("Duplicate.TagKey", $"The tag key {key} is specified more than once."));
            }
        }

        return tags.ToImmutable();
    }

    private static bool IsReserved(string key) =>
        key.StartsWith("aliyun", StringComparison.OrdinalIgnoreCase) || key.StartsWith("acs:", StringComparison.OrdinalIgnoreCase);

    private static bool HasUrl(string text) =>
        text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase);
}
