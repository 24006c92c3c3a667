using System.Text.Json;
using System.Text.Json.Nodes;

namespace SgGrid.LoadTests.Reporting;

/// <summary>Writes a <see cref="RunResult"/> as JSON: <c>figures</c> is an object of name → value (units in <c>units</c>).</summary>
internal static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static JsonObject ToJson(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var figures = new JsonObject();
        var units = new JsonObject();
        foreach (var figure in result.Figures)
        {
            figures[figure.Name] = double.IsFinite(figure.Value) ? figure.Value : null;
            units[figure.Name] = figure.Unit;
        }

        return new JsonObject
        {
            ["mode"] = result.Mode,
            ["started"] = result.Started.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["durationSeconds"] = Math.Round(result.DurationSeconds, 3),
            ["topology"] = result.Topology,
            ["machine"] = JsonSerializer.SerializeToNode(result.Machine, Json),
            ["options"] = JsonSerializer.SerializeToNode(result.Options, Json),
            ["figures"] = figures,
            ["units"] = units,
            ["bars"] = new JsonArray([.. result.Bars.Select(b => (JsonNode)new JsonObject
            {
                ["name"] = b.Name,
                ["target"] = b.Target,
                ["actual"] = double.IsFinite(b.Actual) ? b.Actual : null,
                ["unit"] = b.Unit,
                ["atLeast"] = b.AtLeast,
                ["met"] = b.Met,
            })]),
            ["tables"] = JsonSerializer.SerializeToNode(result.Tables, Json),
            ["charts"] = JsonSerializer.SerializeToNode(result.Charts, Json),
            ["notes"] = JsonSerializer.SerializeToNode(result.Notes, Json),
        };
    }

    public static async Task WriteAsync(RunResult result, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, ToJson(result).ToJsonString(Json));
    }
}
