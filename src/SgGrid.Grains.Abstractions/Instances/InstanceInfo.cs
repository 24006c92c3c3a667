using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>An instance's attributes, as DescribeInstances shows them (the subset a security-group emulator needs).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.InstanceInfo")]
public sealed record InstanceInfo
{
    [Id(0)] public required string InstanceId { get; init; }
    [Id(1)] public required ResourceOwner Owner { get; init; }
    [Id(2)] public required string VpcId { get; init; }
    [Id(3)] public required string VSwitchId { get; init; }
    [Id(4)] public string ZoneId { get; init; } = "";

    /// <summary>Running, Stopping, Stopped or Starting (docs/semantics.md: the instance status machine).</summary>
    [Id(5)] public string Status { get; init; } = InstanceStatus.Running;
    [Id(6)] public required string PrimaryNetworkInterfaceId { get; init; }

    /// <summary>The attached secondary ENIs, in attachment order.</summary>
    [Id(7)] public ImmutableArray<string> SecondaryNetworkInterfaceIds { get; init; } = [];

    /// <summary>The primary ENI's private IPv4 addresses, its primary address first (VpcAttributes.PrivateIpAddress).</summary>
    [Id(8)] public ImmutableArray<NetworkAddress> PrivateIpAddresses { get; init; } = [];

    /// <summary>The primary ENI's groups, in association order.</summary>
    [Id(9)] public ImmutableArray<string> SecurityGroupIds { get; init; } = [];
    [Id(10)] public string Name { get; init; } = "";
    [Id(11)] public string Description { get; init; } = "";
    [Id(12)] public string InstanceType { get; init; } = "";
    [Id(13)] public string ImageId { get; init; } = "";
    [Id(14)] public DateTimeOffset CreationTime { get; init; }
    [Id(15)] public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;
    [Id(16)] public string HostName { get; init; } = "";
    [Id(17)] public string ResourceGroupId { get; init; } = "";

    /// <summary>ModifyInstanceAttribute's <c>DeletionProtection</c>: DeleteInstance refuses the instance, even with Force.</summary>
    [Id(18)] public bool DeletionProtection { get; init; }
}
