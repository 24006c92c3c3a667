using SgGrid.Grains.Persistence;

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
    /// <summary>Stored inline by earlier versions; moved into <see cref="SecurityGroupIndex"/> on activation and left empty.</summary>
    [Id(10)] public HashSet<string> SecurityGroups { get; set; } = [];

    /// <summary>Stored inline by earlier versions; moved into <see cref="AddressIndex"/> on activation and left empty.</summary>
    [Id(11)] public Dictionary<string, List<string>> NetworkInterfaces { get; set; } = [];
    [Id(12)] public string? DefaultSecurityGroupId { get; set; }

    /// <summary>The VPC's IPv6 /56 as text, or null when IPv6 is not enabled.</summary>
    [Id(13)] public string? Ipv6CidrBlock { get; set; }

    /// <summary>vSwitch id → the index of its IPv6 /64 in the VPC's /56 (IPv4-only vSwitches are absent).</summary>
    [Id(14)] public Dictionary<string, int> VSwitchIpv6Indexes { get; set; } = [];

    /// <summary>The partitions of the address index: ENI id → its private addresses as CIDR block texts (docs/scale.md).</summary>
    [Id(15)] public PartitionedMapIndex AddressIndex { get; set; } = new();

    /// <summary>The partitions of the VPC's security group ids (docs/scale.md).</summary>
    [Id(16)] public PartitionedMapIndex SecurityGroupIndex { get; set; } = new();
}
