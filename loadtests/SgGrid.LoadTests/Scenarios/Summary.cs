namespace SgGrid.LoadTests.Scenarios;

/// <summary>Percentiles of a sample (nearest rank).</summary>
internal sealed record Summary(int Count, double P50, double P99, double Max)
{
    public static Summary Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? new Summary(0, 0, 0, 0) : new Summary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double quantile) => sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() => $"p50 {P50:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms (n={Count})";
}
