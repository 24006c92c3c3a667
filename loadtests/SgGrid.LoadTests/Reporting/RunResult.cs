namespace SgGrid.LoadTests.Reporting;

/// <summary>What a mode measured, as written to <c>--json</c> and <c>--report</c>: the machine, the options, the figures.</summary>
internal sealed class RunResult
{
    public required string Mode { get; init; }

    public DateTimeOffset Started { get; init; } = DateTimeOffset.UtcNow;

    public double DurationSeconds { get; set; }

    public required MachineInfo Machine { get; init; }

    public required string Topology { get; init; }

    /// <summary>The options the mode ran with (name → value).</summary>
    public SortedDictionary<string, object?> Options { get; init; } = new(StringComparer.Ordinal);

    public List<Figure> Figures { get; } = [];

    public List<Bar> Bars { get; } = [];

    public List<Chart> Charts { get; } = [];

    /// <summary>Tables of rows for modes with one line per item (per action, per member count).</summary>
    public List<ResultTable> Tables { get; } = [];

    public List<string> Notes { get; } = [];

    public Figure Add(string name, string label, double value, string unit)
    {
        var figure = new Figure(name, label, value, unit);
        Figures.Add(figure);
        return figure;
    }

    public double this[string name] => Figures.First(f => f.Name == name).Value;
}
