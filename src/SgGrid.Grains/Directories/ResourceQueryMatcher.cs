using System.Collections.Immutable;
using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Grains.Directories;

/// <summary>Whether a summary passes a query's filters (kind and paging aside).</summary>
internal static class ResourceQueryMatcher
{
    public static bool Matches(ResourceQuery query, ResourceSummary summary) =>
        Equal(query.VpcId, summary.VpcId) &&
        Equal(query.VSwitchId, summary.VSwitchId) &&
        Equal(query.ZoneId, summary.ZoneId) &&
        Equal(query.InstanceId, summary.InstanceId) &&
        Equal(query.ResourceGroupId, summary.ResourceGroupId) &&
        (query.SecurityGroupType is null || query.SecurityGroupType == summary.SecurityGroupType) &&
        (string.IsNullOrEmpty(query.Name) || NameMatches(query.Name, summary.Name)) &&
        query.Tags.All(tag => summary.Tags.TryGetValue(tag.Key, out var value) && (tag.Value.Length == 0 || value == tag.Value)) &&
        query.Attributes.All(attribute => summary.Attributes.TryGetValue(attribute.Key, out var value) && value == attribute.Value) &&
        query.AnyOf.All(wanted => CarriesAny(summary, wanted.Key, wanted.Value));

    /// <summary>Whether the summary's single value or set of values for <paramref name="field"/> meets <paramref name="wanted"/>.</summary>
    private static bool CarriesAny(ResourceSummary summary, string field, ImmutableArray<string> wanted)
    {
        if (wanted.IsDefaultOrEmpty)
        {
            return false;
        }

        if (summary.Attributes.TryGetValue(field, out var single) && wanted.Contains(single, StringComparer.Ordinal))
        {
            return true;
        }

        return summary.AttributeSets.TryGetValue(field, out var values) && !values.IsDefault && values.Any(v => wanted.Contains(v, StringComparer.Ordinal));
    }

    /// <summary>Exact match, or a pattern where each <c>*</c> matches any run of characters.</summary>
    public static bool NameMatches(string pattern, string name)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return pattern == name;
        }

        var parts = pattern.Split('*');
        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!name.StartsWith(part, StringComparison.Ordinal))
                {
                    return false;
                }

                position = part.Length;
            }
            else if (i == parts.Length - 1)
            {
                return name.Length - part.Length >= position && name.EndsWith(part, StringComparison.Ordinal);
            }
            else
            {
                var found = name.IndexOf(part, position, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }

                position = found + part.Length;
            }
        }

        return true;
    }

    private static bool Equal(string? wanted, string? actual) => string.IsNullOrEmpty(wanted) || wanted == actual;
}
