using System.Globalization;
using Spectre.Console;

namespace SgGrid.LoadTests.Reporting;

/// <summary>Prints a run's result tables (figures, bars, per-item tables, notes) with Spectre.Console.</summary>
internal static class ConsoleReport
{
    public static void Write(IAnsiConsole console, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var figures = new Table().Title($"[bold]{Markup.Escape(result.Mode)}[/] — {Markup.Escape(result.Topology)}").AddColumn("figure").AddColumn(new TableColumn("value").RightAligned()).AddColumn("unit");
        foreach (var figure in result.Figures)
        {
            figures.AddRow(Markup.Escape(figure.Label), Number(figure.Value), Markup.Escape(figure.Unit));
        }

        console.Write(figures);
        foreach (var table in result.Tables)
        {
            var t = new Table().Title(Markup.Escape(table.Title));
            foreach (var column in table.Columns)
            {
                t.AddColumn(Markup.Escape(column));
            }

            foreach (var row in table.Rows)
            {
                t.AddRow([.. row.Select(Markup.Escape)]);
            }

            console.Write(t);
        }

        if (result.Bars.Count > 0)
        {
            var bars = new Table().Title("bars (design.md §6)").AddColumn("bar").AddColumn(new TableColumn("target").RightAligned()).AddColumn(new TableColumn("actual").RightAligned()).AddColumn("");
            foreach (var bar in result.Bars)
            {
                bars.AddRow(
                    Markup.Escape(bar.Name),
                    Markup.Escape($"{(bar.AtLeast ? "≥" : "≤")} {Number(bar.Target)} {bar.Unit}"),
                    Markup.Escape($"{Number(bar.Actual)} {bar.Unit}"),
                    bar.Met ? "[green]met[/]" : double.IsInfinity(bar.Miss) ? "[red]missed[/]" : $"[red]missed by {bar.Miss.ToString("P0", CultureInfo.InvariantCulture)}[/]");
            }

            console.Write(bars);
        }

        foreach (var note in result.Notes)
        {
            console.MarkupLine($"[grey]note:[/] {Markup.Escape(note)}");
        }
    }

    public static string Number(double value) => value switch
    {
        double.NaN => "n/a",
        _ when Math.Abs(value) >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        _ when Math.Abs(value) >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
