using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>What RunInstances asks for one instance (Amount=1). The id is the grain's key.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.InstanceSpec")]
public sealed record InstanceSpec
{
    [Id(0)] public required ResourceOwner Owner { get; init; }

    /// <summary>The VPC, or empty to take the vSwitch's (RunInstances names only the vSwitch).</summary>
    [Id(1)] public string VpcId { get; init; } = "";
    [Id(2)] public required string VSwitchId { get; init; }

    /// <summary>The zone, or empty to take the vSwitch's; when given it must be the vSwitch's.</summary>
    [Id(3)] public string ZoneId { get; init; } = "";
    [Id(4)] public string InstanceType { get; init; } = "";

    /// <summary>The name, or empty for the instance id (ECS's default).</summary>
    [Id(5)] public string Name { get; init; } = "";
    [Id(6)] public string Description { get; init; } = "";
    [Id(7)] public string ImageId { get; init; } = "";

    /// <summary>The primary ENI's groups, in association order; empty for the VPC's default group (decision D8).</summary>
    [Id(8)] public ImmutableArray<string> SecurityGroupIds { get; init; } = [];

    /// <summary>The primary private IPv4 address, or null to take the vSwitch's next free one.</summary>
    [Id(9)] public NetworkAddress? PrimaryIpAddress { get; init; }
    /// <summary>The instance's tags; RunInstances gives them to its primary ENI too.</summary>
    [Id(10)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The host name, or empty for ECS's default (<c>iZ…Z</c> after the instance id).</summary>
    [Id(11)] public string HostName { get; init; } = "";
    [Id(12)] public string ResourceGroupId { get; init; } = "";

    /// <summary>The primary ENI's IPv6 addresses, as given.</summary>
    [Id(13)] public ImmutableArray<NetworkAddress> Ipv6Addresses { get; init; } = [];

    /// <summary>Secondary private IPv4 addresses the primary ENI takes from the vSwitch (0 for none).</summary>
    [Id(14)] public int SecondaryPrivateIpAddressCount { get; init; }

    /// <summary>IPv6 addresses the primary ENI takes from its vSwitch's IPv6 /64 (see <c>NetworkInterfaceSpec.Ipv6AddressCount</c>).</summary>
    [Id(15)] public int Ipv6AddressCount { get; init; }

    /// <summary>The primary ENI's id (an imported instance keeps its ENI's); null for a new one.</summary>
    [Id(17)] public string? PrimaryNetworkInterfaceId { get; init; }

    /// <summary>
    /// The primary ENI's own attributes when they differ from the instance's (ImportRegion): name, description, tags, MAC
    /// address, creation time and explicit secondary addresses are taken from it; the instance sets its type, instance,
    /// vSwitch and groups. Null for RunInstances' defaults.
    /// </summary>
    [Id(18)] public NetworkInterfaces.NetworkInterfaceSpec? PrimaryNetworkInterface { get; init; }
    /// <summary>When the resource was created: an imported resource keeps its own (ImportRegion); null for now.</summary>
    [Id(16)] public DateTimeOffset? CreationTime { get; init; }
}
