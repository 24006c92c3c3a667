using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace SgGrid.Api.Hosting;

/// <summary>The regions and zones the endpoint serves, from <see cref="SgGridApiOptions"/>.</summary>
public sealed class RegionCatalog
{
    private readonly FrozenDictionary<string, RegionOptions> _byId;

    public RegionCatalog(IOptions<SgGridApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        Regions = value.Regions.Count > 0 ? [.. value.Regions] : SgGridApiOptions.DefaultRegions;
        DefaultRegionId = value.DefaultRegionId;
        _byId = Regions.ToFrozenDictionary(r => r.RegionId, StringComparer.Ordinal);
    }

    public IReadOnlyList<RegionOptions> Regions { get; }

    public string DefaultRegionId { get; }

    public bool IsServed(string regionId) => _byId.ContainsKey(regionId);

    /// <summary>Whether <paramref name="zoneId"/> is a zone of <paramref name="regionId"/> (<c>cn-hangzhou-h</c>).</summary>
    public bool HasZone(string regionId, string zoneId) =>
        _byId.TryGetValue(regionId, out var region)
        && zoneId.StartsWith(regionId + "-", StringComparison.Ordinal)
        && region.Zones.Contains(zoneId[(regionId.Length + 1)..], StringComparer.Ordinal);

    /// <summary>The region's zone ids, in configuration order.</summary>
    public IEnumerable<string> ZonesOf(string regionId) =>
        _byId.TryGetValue(regionId, out var region) ? region.Zones.Select(z => $"{regionId}-{z}") : [];
}
