using System.Globalization;
using System.Text.Json;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>
/// The parameters of one RPC-style call (query and form body merged), with ECS's flattened lists:
/// <c>SecurityGroupIds.1</c>, <c>Permissions.2.PortRange</c>, <c>Tag.1.Key</c>,
/// <c>NetworkInterface.1.SecurityGroupIds.2</c>, and lists sent as a JSON string (<c>SecurityGroupIds=["sg-1"]</c>).
/// </summary>
/// <remarks>Names are case-sensitive, as ECS treats them. A later value of the same name wins (form over query).</remarks>
public sealed class RpcParameters
{
    private readonly Dictionary<string, string> _values;

    public RpcParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            _values[name] = value;
        }
    }

    public IReadOnlyCollection<string> Names => _values.Keys;

    /// <summary>The value, or null when absent or empty (ECS treats an empty parameter as not given).</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>A <c>Name.N</c> list in N order (1-based, gaps skipped); falls back to a JSON array in <c>Name</c>.</summary>
    /// <returns>The values, or an error message when the JSON form is malformed or N is not a positive number.</returns>
    public (IReadOnlyList<string> Values, string? Error) GetList(string name)
    {
        var indexed = Indexed(name, string.Empty);
        if (indexed.Error is not null || indexed.Values.Count > 0)
        {
            return (indexed.Values.Select(v => v.Value).ToArray(), indexed.Error);
        }

        var json = Get(name);
        if (json is null)
        {
            return ([], null);
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<string[]>(json);
            return parsed is null || parsed.Any(v => v is null)
                ? ([], $"The parameter {name} must be a JSON array of strings.")
                : (parsed, null);
        }
        catch (JsonException)
        {
            return ([], $"The parameter {name} must be a JSON array of strings.");
        }
    }

    /// <summary>The entries of <c>Name.N.*</c> in N order, each as the parameters after <c>Name.N.</c>.</summary>
    public (IReadOnlyList<(int Index, RpcParameters Entry)> Entries, string? Error) GetObjects(string name)
    {
        var prefix = name + ".";
        var byIndex = new SortedDictionary<int, List<KeyValuePair<string, string>>>();
        foreach (var (key, value) in _values)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key.AsSpan(prefix.Length);
            var dot = rest.IndexOf('.');
            if (dot <= 0)
            {
                continue; // Name.N without a field is not an object entry
            }

            if (!TryIndex(rest[..dot], out var index))
            {
                return ([], $"The parameter {key} has an invalid index.");
            }

            if (!byIndex.TryGetValue(index, out var fields))
            {
                byIndex[index] = fields = [];
            }

            fields.Add(new(rest[(dot + 1)..].ToString(), value));
        }

        return (byIndex.Select(e => (e.Key, new RpcParameters(e.Value))).ToArray(), null);
    }

    private (List<(int Index, string Value)> Values, string? Error) Indexed(string name, string suffix)
    {
        var prefix = name + ".";
        var values = new List<(int Index, string Value)>();
        foreach (var (key, value) in _values)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || !key.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var middle = key.AsSpan(prefix.Length, key.Length - prefix.Length - suffix.Length);
            if (middle.Contains('.'))
            {
                continue; // Name.N.Field belongs to GetObjects
            }

            if (!TryIndex(middle, out var index))
            {
                return ([], $"The parameter {key} has an invalid index.");
            }

            if (value.Length > 0)
            {
                values.Add((index, value));
            }
        }

        values.Sort((a, b) => a.Index.CompareTo(b.Index));
        return (values, null);
    }

    private static bool TryIndex(ReadOnlySpan<char> text, out int index) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index >= 1;
}
