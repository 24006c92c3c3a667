namespace SgGrid.Grains.Scenarios;

/// <summary>What a scenario's clone copied, by kind of grain (resource ids, bare), and the versions of the groups in scope then.</summary>
[GenerateSerializer, Alias("sggrid.ScenarioManifest")]
public sealed class ScenarioManifest
{
    [Id(0)] public List<string> VSwitches { get; set; } = [];
    [Id(1)] public List<string> SecurityGroups { get; set; } = [];
    [Id(2)] public List<string> NetworkInterfaces { get; set; } = [];
    [Id(3)] public List<string> Instances { get; set; } = [];
    [Id(4)] public List<string> PrefixLists { get; set; } = [];

    /// <summary>Group in scope → its production version when cloned (Apply refuses if it moved).</summary>
    [Id(5)] public Dictionary<string, long> BaseVersions { get; set; } = [];
}
