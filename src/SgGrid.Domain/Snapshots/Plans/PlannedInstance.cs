using System.Collections.Immutable;

namespace SgGrid.Domain.Snapshots.Plans;

/// <summary>An instance to load: its primary ENI (planned among the ENIs) and the secondary ENIs attached to it, in order.</summary>
public sealed record PlannedInstance(
    string InstanceId,
    string VpcId,
    string VSwitchId,
    string ZoneId,
    string Name,
    string HostName,
    string Description,
    string InstanceType,
    string ImageId,
    string ResourceGroupId,
    ImmutableDictionary<string, string> Tags,
    DateTimeOffset? CreationTime,
    string PrimaryNetworkInterfaceId,
    ImmutableArray<string> SecondaryNetworkInterfaceIds);
