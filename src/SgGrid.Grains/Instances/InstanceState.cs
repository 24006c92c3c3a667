using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Instances;

/// <summary>The durable state of an instance. Its groups and addresses live on its primary ENI.</summary>
[GenerateSerializer, Alias("sggrid.InstanceState")]
public sealed class InstanceState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public ResourceOwner? Owner { get; set; }
    [Id(2)] public string VpcId { get; set; } = "";
    [Id(3)] public string VSwitchId { get; set; } = "";
    [Id(4)] public string ZoneId { get; set; } = "";
    [Id(5)] public string InstanceType { get; set; } = "";
    [Id(6)] public string Name { get; set; } = "";
    [Id(7)] public string Description { get; set; } = "";
    [Id(8)] public string ImageId { get; set; } = "";
    [Id(9)] public string PrimaryNetworkInterfaceId { get; set; } = "";
    /// <summary>In attachment order.</summary>
    [Id(10)] public List<string> SecondaryNetworkInterfaceIds { get; set; } = [];
    /// <summary>The primary ENI's primary address (fixed for the ENI's life), kept for the directory summary.</summary>
    [Id(11)] public NetworkAddress PrimaryIpAddress { get; set; }
    [Id(12)] public Dictionary<string, string> Tags { get; set; } = [];
    [Id(13)] public DateTimeOffset CreationTime { get; set; }
    [Id(14)] public string HostName { get; set; } = "";
    [Id(15)] public string ResourceGroupId { get; set; } = "";

    /// <summary>The status (Running, Stopping, Stopped, Starting); empty in state written before statuses existed, meaning Running.</summary>
    [Id(16)] public string Status { get; set; } = "";

    /// <summary>The status a transition (Stopping, Starting) ends in, when <see cref="TransitionEndsAt"/> is set.</summary>
    [Id(17)] public string SettledStatus { get; set; } = "";
    [Id(18)] public DateTimeOffset? TransitionEndsAt { get; set; }
    [Id(19)] public bool DeletionProtection { get; set; }
}
