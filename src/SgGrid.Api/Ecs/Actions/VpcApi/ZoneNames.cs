using SgGrid.Api.Hosting;

namespace SgGrid.Api.Ecs.Actions.VpcApi;

/// <summary>How the region and zone listings name things in the caller's <c>AcceptLanguage</c>.</summary>
public static class ZoneNames
{
    /// <summary>Whether <paramref name="acceptLanguage"/> asks for English (anything but <c>zh…</c>; absent means Chinese).</summary>
    public static bool IsEnglish(string? acceptLanguage) =>
        acceptLanguage is not null && !acceptLanguage.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>华东1（杭州） 可用区H</c> or <c>China (Hangzhou) Zone H</c> for suffix <c>h</c>.</summary>
    public static string Of(RegionOptions region, string suffix, bool english)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(suffix);
        var letter = suffix.ToUpperInvariant();
        return english && region.EnglishName.Length > 0 ? $"{region.EnglishName} Zone {letter}" : $"{region.LocalName} 可用区{letter}";
    }
}
