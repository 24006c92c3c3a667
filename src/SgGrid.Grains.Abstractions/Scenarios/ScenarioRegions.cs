using System.Diagnostics.CodeAnalysis;
using SgGrid.Domain.Identifiers;

namespace SgGrid.Grains.Abstractions.Scenarios;

/// <summary>
/// A scenario's RegionId, <c>{regionId}-{scenarioId}</c> (e.g. <c>cn-hangzhou-wis-0a1b…</c>): ordinary ECS actions called
/// with it act on the scenario's staging copy, with production's ids.
/// </summary>
public static class ScenarioRegions
{
    public const string ScenarioPrefix = "wis-";

    public static string Compose(string regionId, string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        ArgumentNullException.ThrowIfNull(scenarioId);
        return $"{regionId}-{scenarioId}";
    }

    /// <summary>Splits a scenario RegionId; false for an ordinary region id (or anything else).</summary>
    public static bool TryParse(string? regionId, [NotNullWhen(true)] out string? productionRegionId, [NotNullWhen(true)] out string? scenarioId)
    {
        productionRegionId = null;
        scenarioId = null;
        var at = regionId?.LastIndexOf("-" + ScenarioPrefix, StringComparison.Ordinal) ?? -1;
        if (at <= 0)
        {
            return false;
        }

        var id = regionId![(at + 1)..];
        if (!ResourceIds.HasShape(id, ScenarioPrefix))
        {
            return false;
        }

        productionRegionId = regionId[..at];
        scenarioId = id;
        return true;
    }
}
