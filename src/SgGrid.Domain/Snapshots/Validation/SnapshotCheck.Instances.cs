using System.Collections.Immutable;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>Instances: their vSwitch, their primary ENI and the secondary ENIs attached to them.</summary>
internal sealed partial class SnapshotCheck
{
    private readonly Dictionary<string, PlannedInstance> _instances = new(StringComparer.Ordinal);

    private void CheckInstances()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (instance, path) in Items("DescribeInstances", snapshot.DescribeInstances, "Instances", a => a.Instances))
        {
            if (Id(instance.InstanceId, ResourceIds.InstancePrefix, $"{path}.InstanceId") is not { } id || !IsFirst(_instances, id, $"{path}.InstanceId"))
            {
                continue;
            }

            var vSwitch = VSwitch(instance.VpcAttributes?.VSwitchId, $"{path}.VpcAttributes.VSwitchId");
            if (vSwitch is null)
            {
                continue;
            }

            if (!string.IsNullOrEmpty(instance.VpcAttributes?.VpcId) && instance.VpcAttributes.VpcId != vSwitch.VpcId)
            {
                Problem($"{path}.VpcAttributes.VpcId", EcsErrorCodes.VpcMismatch, $"The vSwitch {vSwitch.VSwitchId} is in {vSwitch.VpcId}.");
            }

            if (!string.IsNullOrEmpty(instance.ZoneId) && instance.ZoneId != vSwitch.ZoneId)
            {
                Problem($"{path}.ZoneId", EcsErrorCodes.VSwitchZoneMismatch, $"The vSwitch {vSwitch.VSwitchId} is in {vSwitch.ZoneId}.");
            }

            var (primary, secondaries) = AttachedInterfaces(id, instance, path, owners);
            if (primary is null)
            {
                continue;
            }

            if (primary.VSwitchId != vSwitch.VSwitchId)
            {
                Problem($"{path}.VpcAttributes.VSwitchId", EcsErrorCodes.InvalidParameter, $"The primary ENI {primary.NetworkInterfaceId} is in {primary.VSwitchId}.");
            }

            _instances[id] = new PlannedInstance(
                id,
                vSwitch.VpcId,
                vSwitch.VSwitchId,
                vSwitch.ZoneId,
                Name(instance.InstanceName, $"{path}.InstanceName"),
                Text(instance.HostName, 64, $"{path}.HostName"),
                Description(instance.Description, $"{path}.Description"),
                Text(instance.InstanceType, 64, $"{path}.InstanceType"),
                Text(instance.ImageId, 128, $"{path}.ImageId"),
                instance.ResourceGroupId ?? "",
                Tags(instance.Tags, path),
                Time(instance.CreationTime, $"{path}.CreationTime"),
                primary.NetworkInterfaceId,
                secondaries);
        }

        // Every ENI that names an instance is that instance's (primary or attached secondary).
        foreach (var eni in _networkInterfaces.Values)
        {
            if (eni.InstanceId is { } instanceId && owners.GetValueOrDefault(eni.NetworkInterfaceId) != instanceId)
            {
                Problem($"{_networkInterfacePaths[eni.NetworkInterfaceId]}.InstanceId", EcsErrorCodes.InstanceNotFound, $"The instance {instanceId} is not in the snapshot's DescribeInstances, or does not list this ENI.");
            }
        }
    }

    /// <summary>The instance's primary ENI and its secondary ENIs in attachment order, from its NetworkInterfaces (or the ENIs naming it).</summary>
    private (PlannedNetworkInterface? Primary, ImmutableArray<string> Secondaries) AttachedInterfaces(
        string instanceId, SnapshotInstance instance, string path, Dictionary<string, string> owners)
    {
        var listed = instance.NetworkInterfaces?.Items.Select(n => n.NetworkInterfaceId).OfType<string>().ToList()
            ?? [.. _networkInterfaces.Values.Where(e => e.InstanceId == instanceId).OrderBy(e => e.IsPrimary ? 0 : 1).Select(e => e.NetworkInterfaceId)];
        PlannedNetworkInterface? primary = null;
        var secondaries = ImmutableArray.CreateBuilder<string>();
        foreach (var eniId in listed)
        {
            if (!_networkInterfaces.TryGetValue(eniId, out var eni) || eni.InstanceId != instanceId)
            {
                Problem($"{path}.NetworkInterfaces", EcsErrorCodes.NetworkInterfaceNotFound, $"The ENI {eniId} is not in the snapshot's DescribeNetworkInterfaces as this instance's.");
                continue;
            }

            if (!owners.TryAdd(eniId, instanceId))
            {
                Problem($"{path}.NetworkInterfaces", EcsErrorCodes.InvalidEniState, $"The ENI {eniId} is listed by another instance too.");
            }
            else if (!eni.IsPrimary)
            {
                secondaries.Add(eniId);
            }
            else if (primary is null)
            {
                primary = eni;
            }
            else
            {
                Problem($"{path}.NetworkInterfaces", EcsErrorCodes.InvalidEniType, "An instance has one primary ENI.");
            }
        }

        if (primary is null)
        {
            Problem($"{path}.NetworkInterfaces", EcsErrorCodes.MissingParameter, "The instance's primary ENI is not in the snapshot's DescribeNetworkInterfaces.");
        }

        return (primary, secondaries.ToImmutable());
    }
}
