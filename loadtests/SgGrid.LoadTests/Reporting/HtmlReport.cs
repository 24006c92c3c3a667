using System.Globalization;
using System.Net;
using System.Text;

namespace SgGrid.LoadTests.Reporting;

/// <summary>
/// A self-contained HTML page of a run (works offline: no scripts or styles from elsewhere): machine and options, the
/// bars, the figures, the tables, and each chart as inline SVG; a little inline script toggles a series on legend click.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
        h1{font-size:22px}h2{font-size:17px;margin-top:28px}
        table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px}
        th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
        .met{color:#137333;font-weight:600}.missed{color:#b3261e;font-weight:600}
        svg.chart{border:1px solid #ddd;margin:8px 0;background:#fff}svg text{font-size:11px;fill:#333}
        svg .title{font-size:14px;font-weight:600}svg .plot{fill:none;stroke:#999}svg .grid{stroke:#eee}svg .axis{stroke:#999}
        svg .legend{cursor:pointer}.note{font-size:13px;color:#444}
        """;

    private const string Script = """
        document.querySelectorAll('svg.chart').forEach(function(svg){
          svg.querySelectorAll('text.legend').forEach(function(label,i){
            label.addEventListener('click',function(){
              var line=svg.querySelector('polyline[data-series="'+i+'"]');
              if(line){line.style.display=line.style.display==='none'?'':'none';}
            });
          });
        });
        """;

    public static string Render(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SgGrid load harness: ").Append(E(result.Mode))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>SgGrid load harness: ").Append(E(result.Mode)).Append("</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(result.Started.ToString("u", CultureInfo.InvariantCulture))}, {result.DurationSeconds:F1} s; {E(result.Topology)}</p>");

        html.Append("<h2>Machine</h2><table>");
        Row(html, "CPU", $"{result.Machine.Cpu} ({result.Machine.Cores} cores)");
        Row(html, "Memory", $"{result.Machine.MemoryGiB} GiB");
        Row(html, "OS / runtime", $"{result.Machine.Os} / {result.Machine.Runtime}");
        Row(html, "Load average at start", result.Machine.LoadAverage);
        html.Append("</table>");

        html.Append("<h2>Options</h2><table>");
        foreach (var (name, value) in result.Options)
        {
            Row(html, name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
        }

        html.Append("</table>");

        if (result.Bars.Count > 0)
        {
            html.Append("<h2>Bars</h2><table><tr><th>bar</th><th>target</th><th>actual</th><th></th></tr>");
            foreach (var bar in result.Bars)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(bar.Name)}</td><td class=\"num\">{(bar.AtLeast ? "≥" : "≤")} {SvgChart.Format(bar.Target)} {E(bar.Unit)}</td><td class=\"num\">{SvgChart.Format(bar.Actual)} {E(bar.Unit)}</td>");
                html.Append(bar.Met ? "<td class=\"met\">met</td></tr>" : double.IsInfinity(bar.Miss) ? "<td class=\"missed\">missed</td></tr>" : string.Create(CultureInfo.InvariantCulture, $"<td class=\"missed\">missed by {bar.Miss:P0}</td></tr>"));
            }

            html.Append("</table>");
        }

        html.Append("<h2>Figures</h2><table><tr><th>figure</th><th>value</th><th>unit</th></tr>");
        foreach (var figure in result.Figures)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(figure.Label)}</td><td class=\"num\">{E(ConsoleReport.Number(figure.Value))}</td><td>{E(figure.Unit)}</td></tr>");
        }

        html.Append("</table>");

        foreach (var table in result.Tables)
        {
            html.Append("<h2>").Append(E(table.Title)).Append("</h2><table><tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th>").Append(E(column)).Append("</th>");
            }

            html.Append("</tr>");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append("<td>").Append(E(cell)).Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        if (result.Charts.Count > 0)
        {
            html.Append("<h2>Charts</h2>");
            foreach (var chart in result.Charts)
            {
                html.Append("<div>").Append(SvgChart.Render(chart)).Append("</div>");
            }
        }

        if (result.Notes.Count > 0)
        {
            html.Append("<h2>Notes</h2><ul>");
            foreach (var note in result.Notes)
            {
                html.Append("<li class=\"note\">").Append(E(note)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<script>").Append(Script).Append("</script></body></html>");
        return html.ToString();
    }

    public static async Task WriteAsync(RunResult result, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, Render(result));
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
