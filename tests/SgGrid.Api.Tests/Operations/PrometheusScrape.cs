using System.Globalization;
using System.Text.RegularExpressions;

namespace SgGrid.Api.Tests.Operations;

/// <summary>One scrape of <c>/metrics</c> in the Prometheus text format, with lookups of samples by name and labels.</summary>
internal sealed partial class PrometheusScrape(string text)
{
    private static readonly HttpClient Http = new();

    public string Text { get; } = text;

    public static async Task<PrometheusScrape> FromAsync(Uri baseAddress) =>
        new(await Http.GetStringAsync(new Uri(baseAddress, "/metrics")));

    /// <summary>The sum of the samples named <paramref name="name"/> whose labels include all of <paramref name="labels"/> (0 when none).</summary>
    public double Value(string name, params (string Label, string Value)[] labels)
    {
        var total = 0.0;
        foreach (Match match in Sample().Matches(Text))
        {
            if (match.Groups["name"].Value != name)
            {
                continue;
            }

            var present = match.Groups["labels"].Value;
            if (labels.All(l => present.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
            {
                total += double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    public bool Has(string name) => Sample().Matches(Text).Any(m => m.Groups["name"].Value == name);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>[-+0-9.eE]+|NaN|\+Inf)(\s+\d+)?\s*$", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
