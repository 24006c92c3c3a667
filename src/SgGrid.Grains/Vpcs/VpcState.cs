namespace SgGrid.Grains.Vpcs;

/// <summary>A VPC's persisted state. Plain strings and collections, so any storage serializer round-trips it.</summary>
[GenerateSerializer, Alias("sggrid.VpcState")]
public sealed class VpcState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string AccountId { get; set; } = "";
    [Id(2)] public string RegionId { get; set; } = "";
    [Id(3)] public string CidrBlock { get; set; } = "";
    [Id(4)] public string Name { get; set; } = "";
    [Id(5)] public string Description { get; set; } = "";
    [Id(6)] public string ResourceGroupId { get; set; } = "";
    [Id(7)] public Dictionary<string, string> Tags { get; set; } = [];
    [Id(8)] public DateTimeOffset CreationTime { get; set; }

    /// <summary>vSwitch id → CIDR block text.</summary>
    [Id(9)] public Dictionary<string, string> VSwitches { get; set; } = [];
    [Id(10)] public HashSet<string> SecurityGroups { get; set; } = [];

    /// <summary>ENI id → its private addresses as CIDR block texts.</summary>
    [Id(11)] public Dictionary<string, List<string>> NetworkInterfaces { get; set; } = [];
    [Id(12)] public string? DefaultSecurityGroupId { get; set; }
}
