namespace SgGrid.LoadTests.Regions;

/// <summary>The shape of a synthetic region: tenants × VPCs × groups × ENIs, and how many rules each group holds.</summary>
internal sealed record RegionPlan
{
    public int Tenants { get; init; } = 2;

    /// <summary>The index of the first tenant (accounts are <c>load{index:D5}</c>), so several regions can share a cluster.</summary>
    public int FirstTenant { get; init; }

    public int VpcsPerTenant { get; init; } = 1;

    public int GroupsPerVpc { get; init; } = 8;

    public int NetworkInterfacesPerVpc { get; init; } = 64;

    /// <summary>Rule counts and their weights, e.g. 10 rules for 70 % of groups: <c>10:70,50:25,150:5</c>.</summary>
    public IReadOnlyList<(int Rules, double Weight)> RuleCounts { get; init; } = [(10, 70), (50, 25), (150, 5)];

    /// <summary>Share of ENIs that belong to a second group (their filter pools both groups' rules).</summary>
    public double SecondGroupShare { get; init; } = 0.2;

    /// <summary>Groups type: basic (intra-group trust) or advanced (enterprise).</summary>
    public bool Advanced { get; init; }

    /// <summary>ENIs per bulk creation call.</summary>
    public int BulkSize { get; init; } = 500;

    /// <summary>Bulk creation calls in flight.</summary>
    public int BulkParallelism { get; init; } = 4;

    public int Seed { get; init; } = 1;

    public static IReadOnlyList<(int Rules, double Weight)> ParseRuleCounts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
        {
            var pieces = part.Split(':');
            var rules = int.Parse(pieces[0], System.Globalization.CultureInfo.InvariantCulture);
            var weight = pieces.Length > 1 ? double.Parse(pieces[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
            return (rules, weight);
        })];
    }
}
