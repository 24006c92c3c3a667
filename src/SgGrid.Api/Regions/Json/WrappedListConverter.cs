using System.Text.Json;
using System.Text.Json.Serialization;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Api.Regions.Json;

/// <summary>
/// Reads <c>{"Tag": [...]}</c> (the first array-valued property is the list, whatever its name; other properties are
/// skipped) or a bare array, and writes <c>{Name: [...]}</c>.
/// </summary>
/// <remarks>Used for the small lists inside an item; the snapshot's large lists are walked by <see cref="SnapshotReader"/>.</remarks>
public sealed class WrappedListConverter<T> : JsonConverter<WrappedList<T>>
{
    public override WrappedList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new WrappedList<T>("", JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? []);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a wrapped list such as {{\"Item\": [...]}}, found {reader.TokenType}.");
        }

        WrappedList<T>? list = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (list is null && reader.TokenType == JsonTokenType.StartArray)
            {
                list = new WrappedList<T>(name, JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? []);
            }
            else
            {
                reader.Skip();
            }
        }

        return list ?? new WrappedList<T>("", []);
    }

    public override void Write(Utf8JsonWriter writer, WrappedList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName(value.Name);
        JsonSerializer.Serialize(writer, value.Items, options);
        writer.WriteEndObject();
    }
}
