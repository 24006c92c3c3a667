namespace SgGrid.Api.Hosting;

/// <summary>One region the emulator serves (DescribeRegions), with its zones (CreateVSwitch's ZoneId).</summary>
public sealed class RegionOptions
{
    public string RegionId { get; set; } = "";

    /// <summary>The region's name in Chinese (DescribeRegions' default AcceptLanguage zh-CN).</summary>
    public string LocalName { get; set; } = "";

    /// <summary>The region's name in English (AcceptLanguage en-US).</summary>
    public string EnglishName { get; set; } = "";

    /// <summary>Zone suffixes: <c>h</c> makes zone <c>{RegionId}-h</c>.</summary>
    public List<string> Zones { get; set; } = [];
}
