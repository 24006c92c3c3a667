using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>
/// Parameters from a JSON body (<c>application/json</c>), flattened as the SDKs flatten requests: <c>{"Flows":[{"Source":"x"}]}</c>
/// becomes <c>Flows.1.Source=x</c> (arrays 1-based, objects dotted, numbers and booleans as text, nulls dropped).
/// </summary>
public static class JsonBodyParameters
{
    /// <summary>The most parameters one body may flatten to.</summary>
    public const int MaxParameters = 200_000;

    /// <summary>
    /// The flattened parameters, or an error message when the body is not a JSON object, too large, not UTF-8, or holds a
    /// string that is not Unicode text (an escaped lone surrogate such as <c>"\ud800"</c>).
    /// </summary>
    public static (IReadOnlyList<KeyValuePair<string, string>> Parameters, string? Error) Flatten(ReadOnlyMemory<byte> body)
    {
        // The JSON reader checks structure, not every string's bytes: invalid UTF-8 would only surface when a string is read.
        if (!Utf8.IsValid(body.Span))
        {
            return ([], "The JSON body is not valid UTF-8.");
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ([], "The JSON body must be an object.");
            }

            var parameters = new List<KeyValuePair<string, string>>();
            Add(parameters, "", document.RootElement);
            return parameters.Count > MaxParameters ? ([], $"The JSON body has more than {MaxParameters} values.") : (parameters, null);
        }
        catch (JsonException exception)
        {
            return ([], $"The JSON body is not valid JSON: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            // GetString and property names throw this for an escaped lone surrogate: no UTF-16 string can hold it as text.
            return ([], "The JSON body holds a string or name that is not valid Unicode text (a lone surrogate).");
        }
    }

    private static void Add(List<KeyValuePair<string, string>> parameters, string name, JsonElement element)
    {
        if (parameters.Count > MaxParameters)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Add(parameters, name.Length == 0 ? property.Name : $"{name}.{property.Name}", property.Value);
                }

                break;
            case JsonValueKind.Array:
                var index = 1;
                foreach (var item in element.EnumerateArray())
                {
                    Add(parameters, $"{name}.{index.ToString(CultureInfo.InvariantCulture)}", item);
                    index++;
                }

                break;
            case JsonValueKind.String:
                parameters.Add(new(name, element.GetString()!));
                break;
            case JsonValueKind.Number:
                parameters.Add(new(name, element.GetRawText()));
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                parameters.Add(new(name, element.GetBoolean() ? "true" : "false"));
                break;
        }
    }
}
