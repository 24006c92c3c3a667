using System.Globalization;
using System.Net;
using System.Text;

namespace SgGrid.LoadTests.Reporting;

/// <summary>Renders a <see cref="Chart"/> as an inline SVG line chart: axes with nice ticks, one polyline per series, a legend.</summary>
internal static class SvgChart
{
    private const int Width = 760;
    private const int Height = 340;
    private const int Left = 78;
    private const int Right = 20;
    private const int Top = 34;
    private const int Bottom = 52;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#7f7f7f"];

    public static string Render(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = chart.Series.SelectMany(s => s.Points).Where(p => double.IsFinite(p[0]) && double.IsFinite(p[1])).ToArray();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"18\" text-anchor=\"middle\" class=\"title\">{E(chart.Title)}</text>");
        if (points.Length == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\">no data</text></svg>");
            return svg.ToString();
        }

        double X(double x) => chart.LogX ? Math.Log10(Math.Max(x, 1e-9)) : x;
        var (xMin, xMax) = Range(points.Select(p => X(p[0])));
        var (yMin, yMax) = Range(points.Select(p => p[1]).Append(0));
        var yTicks = NiceTicks(yMin, yMax);
        yMin = yTicks[0];
        yMax = yTicks[^1];
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Px(double x) => Left + ((X(x) - xMin) / (xMax - xMin) * plotWidth);
        double Py(double y) => Top + plotHeight - ((y - yMin) / (yMax - yMin) * plotHeight);

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" class=\"plot\"/>");
        foreach (var tick in yTicks)
        {
            var y = Py(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{y:F1}\" y2=\"{y:F1}\" class=\"grid\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Format(tick)}</text>");
        }

        var xTicks = chart.LogX
            ? Enumerable.Range((int)Math.Floor(xMin), (int)Math.Ceiling(xMax) - (int)Math.Floor(xMin) + 1).Select(e => Math.Pow(10, e)).ToArray()
            : NiceTicks(xMin, xMax);
        foreach (var tick in xTicks)
        {
            var x = Px(tick);
            if (x < Left - 0.5 || x > Left + plotWidth + 0.5)
            {
                continue;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:F1}\" x2=\"{x:F1}\" y1=\"{Top + plotHeight}\" y2=\"{Top + plotHeight + 5}\" class=\"axis\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{Top + plotHeight + 18}\" text-anchor=\"middle\">{Format(tick)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (plotWidth / 2)}\" y=\"{Height - 8}\" text-anchor=\"middle\" class=\"label\">{E(chart.XLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate(16 {Top + (plotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\" class=\"label\">{E(chart.YLabel)}</text>");

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = Colors[s % Colors.Length];
            var path = string.Join(' ', series.Points.Where(p => double.IsFinite(p[0]) && double.IsFinite(p[1]))
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{Px(p[0]):F1},{Py(p[1]):F1}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{path}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" class=\"series\" data-series=\"{s}\"/>");
            if (series.Points.Count <= 60)
            {
                foreach (var p in series.Points.Where(p => double.IsFinite(p[0]) && double.IsFinite(p[1])))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(p[0]):F1}\" cy=\"{Py(p[1]):F1}\" r=\"3\" fill=\"{color}\"><title>{E(series.Name)}: {Format(p[0])}, {Format(p[1])}</title></circle>");
                }
            }

            var legendX = Left + 10 + (s * 170);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"{Top + 6}\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{legendX + 16}\" y=\"{Top + 16}\" class=\"legend\">{E(series.Name)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var list = values.Where(double.IsFinite).ToArray();
        var min = list.Min();
        var max = list.Max();
        return max > min ? (min, max) : (min - 1, max + 1);
    }

    /// <summary>About five round ticks covering [min, max].</summary>
    public static double[] NiceTicks(double min, double max)
    {
        var span = max - min;
        var raw = span / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var start = Math.Floor(min / step) * step;
        var end = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        for (var t = start; t <= end + (step / 2); t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }

        return [.. ticks];
    }

    public static string Format(double value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1e9 => (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + "G",
            >= 1e6 => (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M",
            >= 1e4 => (value / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + "k",
            >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
            >= 1 => value.ToString("0.##", CultureInfo.InvariantCulture),
            0 => "0",
            _ => value.ToString("0.####", CultureInfo.InvariantCulture),
        };
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
