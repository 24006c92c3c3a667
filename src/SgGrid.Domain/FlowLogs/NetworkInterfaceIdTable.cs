namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// The ENI ids met while reading one flow log, each kept once, so millions of records naming a few thousand ENIs share
/// their strings. Beyond <see cref="MaxIds"/> distinct ids, ids are still answered, as new strings, and not kept.
/// </summary>
public sealed class NetworkInterfaceIdTable
{
    /// <summary>The most ids kept; the table's memory is bounded whatever the upload.</summary>
    public const int MaxIds = 1 << 20;

    /// <summary>The longest id read; SgGrid's ids are at most 25 characters, ECS's about 22.</summary>
    public const int MaxIdLength = 64;

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NetworkInterfaceIdTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _ids.Count;

    /// <summary>The id spelled by <paramref name="utf8"/>, when it is 1-64 characters of letters, digits and <c>-</c>.</summary>
    public string? Intern(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.Length > MaxIdLength)
        {
            return null;
        }

        Span<char> chars = stackalloc char[MaxIdLength];
        for (var i = 0; i < utf8.Length; i++)
        {
            var c = utf8[i];
            if (!(c is >= (byte)'a' and <= (byte)'z' || c is >= (byte)'0' and <= (byte)'9' || c is >= (byte)'A' and <= (byte)'Z' || c == (byte)'-'))
            {
                return null;
            }

            chars[i] = (char)c;
        }

        return Intern(chars[..utf8.Length]);
    }

    public string Intern(ReadOnlySpan<char> id)
    {
        if (_lookup.TryGetValue(id, out var known))
        {
            return known;
        }

        var text = id.ToString();
        if (_ids.Count < MaxIds)
        {
            _ids[text] = text;
        }

        return text;
    }
}
