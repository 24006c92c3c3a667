namespace SgGrid.Api.Ecs.Signatures;

/// <summary>Splits a query string or form body into decoded (name, value) pairs, keeping order and repetitions.</summary>
public static class QueryStringParser
{
    /// <summary>
    /// Parses <paramref name="text"/> (with or without a leading <c>?</c>). <c>%XY</c> sequences decode as UTF-8 and
    /// <c>+</c> decodes to a space; a pair without <c>=</c> has an empty value; empty segments are skipped.
    /// </summary>
    /// <param name="text">The raw query string or form body.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (span.StartsWith("?"))
        {
            span = span[1..];
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var range in span.Split('&'))
        {
            var segment = span[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            var equals = segment.IndexOf('=');
            var name = equals < 0 ? segment : segment[..equals];
            var value = equals < 0 ? [] : segment[(equals + 1)..];
            pairs.Add(new(Decode(name), Decode(value)));
        }

        return pairs;
    }

    private static string Decode(ReadOnlySpan<char> encoded) =>
        encoded.IsEmpty ? string.Empty : Uri.UnescapeDataString(encoded.ToString().Replace('+', ' '));
}
