namespace SgGrid.LoadTests.Reporting;

/// <summary>A chart of the HTML report: lines over a shared x axis; <see cref="LogX"/> for percentile axes.</summary>
internal sealed record Chart(string Title, string XLabel, string YLabel, IReadOnlyList<ChartSeries> Series, bool LogX = false);
