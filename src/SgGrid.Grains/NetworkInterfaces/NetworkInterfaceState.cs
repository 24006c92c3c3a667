using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>The durable state of an ENI. Its compiled filters are derived and never stored.</summary>
[GenerateSerializer, Alias("sggrid.NetworkInterfaceState")]
public sealed class NetworkInterfaceState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public ResourceOwner? Owner { get; set; }
    [Id(2)] public string VpcId { get; set; } = "";
    [Id(3)] public string VSwitchId { get; set; } = "";
    [Id(4)] public string ZoneId { get; set; } = "";
    [Id(5)] public NetworkInterfaceType Type { get; set; }
    [Id(6)] public string? InstanceId { get; set; }
    [Id(7)] public NetworkAddress PrimaryIpAddress { get; set; }
    [Id(8)] public List<NetworkAddress> SecondaryIpAddresses { get; set; } = [];
    [Id(9)] public List<NetworkAddress> Ipv6Addresses { get; set; } = [];
    /// <summary>In association order: it orders ties between equal rules of different groups.</summary>
    [Id(10)] public List<string> SecurityGroupIds { get; set; } = [];
    [Id(11)] public string Name { get; set; } = "";
    [Id(12)] public string Description { get; set; } = "";
    [Id(13)] public string MacAddress { get; set; } = "";
    [Id(14)] public DateTimeOffset CreationTime { get; set; }
    [Id(15)] public Dictionary<string, string> Tags { get; set; } = [];
    [Id(16)] public string ResourceGroupId { get; set; } = "";
    [Id(17)] public bool DeleteOnRelease { get; set; }

    /// <summary>Rule hits by <c>"group|rule|i|e"</c>, as last saved (on deactivation and reset).</summary>
    [Id(18)] public Dictionary<string, long> RuleHits { get; set; } = [];
}
