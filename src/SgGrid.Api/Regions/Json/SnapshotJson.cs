using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SgGrid.Api.Regions.Json;

/// <summary>
/// How region snapshots read and write: property names as the answers spell them (read in any case, so the Node SDK's
/// camelCase models read too), numbers and booleans accepted where the wire has strings and the reverse, absent values
/// omitted, wrapped lists (<c>{"Vpc": [...]}</c>) as the answers wrap them.
/// </summary>
public static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 32,
        Converters = { new WrappedListConverterFactory(), new LenientStringConverter(), new LenientBooleanConverter() },
    };
}
