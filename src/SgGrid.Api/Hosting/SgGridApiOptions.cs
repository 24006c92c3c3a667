namespace SgGrid.Api.Hosting;

/// <summary>The ECS/VPC endpoint's behaviour (configuration section <c>SgGrid:Api</c>).</summary>
public sealed class SgGridApiOptions
{
    public const string SectionName = "SgGrid:Api";

    /// <summary>The region used where a request may omit RegionId; must be one of <see cref="Regions"/>.</summary>
    public string DefaultRegionId { get; set; } = "cn-hangzhou";

    /// <summary>The regions served; empty means <see cref="DefaultRegions"/>.</summary>
    public List<RegionOptions> Regions { get; set; } = [];

    /// <summary>Mutations return once every affected ENI serves the change (true), or at once (false).</summary>
    public bool WaitForConvergence { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes (a 10,000-flow CheckFlows form is about 1.5 MB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// The largest body ImportRegion accepts, in bytes, when the action is named in the headers or query (the body then
    /// streams; a snapshot of 100,000 ENIs is about 300 MB). Other actions keep <see cref="MaxRequestBodyBytes"/>.
    /// </summary>
    public long MaxImportBodyBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// The largest body ReplayFlowLogs accepts, in bytes, when the action is named in the headers or query (the body streams and
    /// memory stays bounded by the decider's window; 10 M JSON-lines records are about 3.5 GB).
    /// </summary>
    public long MaxReplayBodyBytes { get; set; } = 64L * 1024 * 1024 * 1024;

    /// <summary>The regions served when none are configured: cn-hangzhou first, with zones as the cloud names them.</summary>
    public static IReadOnlyList<RegionOptions> DefaultRegions { get; } =
    [
        new() { RegionId = "cn-hangzhou", LocalName = "华东1（杭州）", EnglishName = "China (Hangzhou)", Zones = ["b", "g", "h", "i", "j", "k"] },
        new() { RegionId = "cn-shanghai", LocalName = "华东2（上海）", EnglishName = "China (Shanghai)", Zones = ["a", "b", "e", "f", "g", "l", "m", "n"] },
        new() { RegionId = "cn-beijing", LocalName = "华北2（北京）", EnglishName = "China (Beijing)", Zones = ["a", "c", "f", "g", "h", "i", "j", "k", "l"] },
        new() { RegionId = "cn-shenzhen", LocalName = "华南1（深圳）", EnglishName = "China (Shenzhen)", Zones = ["a", "c", "d", "e", "f"] },
        new() { RegionId = "ap-southeast-1", LocalName = "新加坡", EnglishName = "Singapore", Zones = ["a", "b", "c"] },
        new() { RegionId = "us-west-1", LocalName = "美国（硅谷）", EnglishName = "US (Silicon Valley)", Zones = ["a", "b"] },
    ];

    /// <summary>Every problem with these options, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var regions = Regions.Count > 0 ? Regions : DefaultRegions;
        for (var i = 0; i < Regions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Regions[i].RegionId) || Regions[i].Zones.Count == 0)
            {
                problems.Add($"{SectionName}:Regions:{i} needs a RegionId and at least one zone.");
            }
        }

        if (regions.GroupBy(r => r.RegionId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            problems.Add($"{SectionName}:Regions lists {duplicate.Key} more than once.");
        }

        if (!regions.Any(r => r.RegionId == DefaultRegionId))
        {
            problems.Add($"{SectionName}:DefaultRegionId '{DefaultRegionId}' is not one of the served regions.");
        }

        if (MaxRequestBodyBytes < 64 * 1024)
        {
            problems.Add($"{SectionName}:MaxRequestBodyBytes must be at least 65536.");
        }

        if (MaxImportBodyBytes < MaxRequestBodyBytes)
        {
            problems.Add($"{SectionName}:MaxImportBodyBytes must be at least MaxRequestBodyBytes.");
        }

        return problems;
    }
}
