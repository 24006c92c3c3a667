using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>An ENI's attributes, as DescribeNetworkInterfaces shows them.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.NetworkInterfaceInfo")]
public sealed record NetworkInterfaceInfo
{
    [Id(0)] public required string NetworkInterfaceId { get; init; }
    [Id(1)] public required ResourceOwner Owner { get; init; }
    [Id(2)] public required string VpcId { get; init; }
    [Id(3)] public required string VSwitchId { get; init; }
    [Id(4)] public string ZoneId { get; init; } = "";
    [Id(5)] public NetworkInterfaceType Type { get; init; }
    [Id(6)] public string? InstanceId { get; init; }
    [Id(7)] public required NetworkAddress PrimaryIpAddress { get; init; }
    [Id(8)] public ImmutableArray<NetworkAddress> SecondaryIpAddresses { get; init; } = [];
    [Id(9)] public ImmutableArray<NetworkAddress> Ipv6Addresses { get; init; } = [];
    [Id(10)] public ImmutableArray<string> SecurityGroupIds { get; init; } = [];
    [Id(11)] public string Name { get; init; } = "";
    [Id(12)] public string Description { get; init; } = "";
    [Id(13)] public string Status { get; init; } = "Available";
    [Id(14)] public string MacAddress { get; init; } = "";
    [Id(15)] public DateTimeOffset CreationTime { get; init; }
    [Id(16)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    [Id(17)] public string ResourceGroupId { get; init; } = "";

    /// <summary>Whether DeleteInstance deletes the ENI (true) or detaches it (false).</summary>
    [Id(18)] public bool DeleteOnRelease { get; init; }

    /// <summary>Every private address (primary, secondary, IPv6): what a group reference to this ENI's groups covers (D3).</summary>
    public AddressSet PrivateAddresses() =>
        AddressSet.FromAddresses([PrimaryIpAddress, .. SecondaryIpAddresses, .. Ipv6Addresses]);
}
