namespace SgGrid.LoadTests.Reporting;

/// <summary>One line of a chart: (x, y) points in x order.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double[]> Points);
