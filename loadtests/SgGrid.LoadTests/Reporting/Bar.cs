namespace SgGrid.LoadTests.Reporting;

/// <summary>A design bar (design.md §6) checked against a figure of the run.</summary>
/// <param name="Name">What the bar is about, in words.</param>
/// <param name="Target">The bar's value, in <paramref name="Unit"/>.</param>
/// <param name="Actual">The measured value, in <paramref name="Unit"/>.</param>
/// <param name="AtLeast">True when the actual must reach the target (≥), false when it must stay under it (≤).</param>
internal sealed record Bar(string Name, double Target, double Actual, string Unit, bool AtLeast)
{
    public bool Met => AtLeast ? Actual >= Target : Actual <= Target;

    /// <summary>How far off the bar: the shortfall (or excess) as a share of the target; 0 when met.</summary>
    public double Miss => Met ? 0 : Target == 0 ? double.PositiveInfinity : Math.Abs(Actual - Target) / Math.Abs(Target);
}
