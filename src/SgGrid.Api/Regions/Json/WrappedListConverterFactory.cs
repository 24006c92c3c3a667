using System.Text.Json;
using System.Text.Json.Serialization;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Api.Regions.Json;

/// <summary>Makes a <see cref="WrappedListConverter{T}"/> for each <see cref="WrappedList{T}"/>.</summary>
public sealed class WrappedListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(WrappedList<>);
    }

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return (JsonConverter?)Activator.CreateInstance(typeof(WrappedListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]));
    }
}
