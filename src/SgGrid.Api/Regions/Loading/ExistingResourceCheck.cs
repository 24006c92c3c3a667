using System.Collections.Immutable;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Snapshots;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Api.Regions.Loading;

/// <summary>
/// Compares a plan with what the region holds: a resource that exists and equals the plan is kept (an identical import is
/// a no-op); one that differs in anything the import sets, other than a group's rules and policy, is a conflict; an id
/// held by another tenant is a conflict too (ids are global, as in the cloud).
/// </summary>
public static class ExistingResourceCheck
{
    public static async Task<ExistingResources> RunAsync(TenantRegion region, RegionImportPlan plan, ParallelOptions parallel)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(plan);
        var found = new ExistingResources();
        var owner = region.Owner;
        await Parallel.ForEachAsync(plan.Vpcs, parallel, async (vpc, _) =>
        {
            if (await region.Vpc(vpc.VpcId).GetInfoAsync(owner) is { } info)
            {
                Record(found, vpc.VpcId, ResourcePaths.Vpc(vpc.VpcId), info.CidrBlock == vpc.CidrBlock && info.Ipv6CidrBlock == vpc.Ipv6CidrBlock
                    && Same(info.Name, info.Description, info.ResourceGroupId, info.Tags, info.CreationTime, vpc.Name, vpc.Description, vpc.ResourceGroupId, vpc.Tags, vpc.CreationTime));
            }
        });
        await Parallel.ForEachAsync(plan.VSwitches, parallel, async (vSwitch, _) =>
        {
            if (await region.VSwitch(vSwitch.VSwitchId).GetInfoAsync(owner) is { } info)
            {
                Record(found, vSwitch.VSwitchId, ResourcePaths.VSwitch(vSwitch.VSwitchId), info.VpcId == vSwitch.VpcId && info.ZoneId == vSwitch.ZoneId
                    && info.CidrBlock == vSwitch.CidrBlock && (info.Ipv6CidrBlock is null) == (vSwitch.Ipv6CidrBlockIndex is null)
                    && Same(info.Name, info.Description, info.ResourceGroupId, info.Tags, info.CreationTime, vSwitch.Name, vSwitch.Description, vSwitch.ResourceGroupId, vSwitch.Tags, vSwitch.CreationTime));
            }
        });
        await Parallel.ForEachAsync(plan.PrefixLists, parallel, async (list, _) =>
        {
            if (await region.PrefixList(list.PrefixListId).GetInfoAsync(owner) is { } info)
            {
                Record(found, list.PrefixListId, ResourcePaths.PrefixList(list.PrefixListId), info.AddressFamily == list.AddressFamily && info.MaxEntries == list.MaxEntries
                    && info.Entries.Select(e => (e.Cidr, e.Description)).ToHashSet().SetEquals(list.Entries.Select(e => (e.Cidr, e.Description)))
                    && Same(info.Name, info.Description, info.ResourceGroupId, info.Tags, Minutes(info.CreationTime), list.Name, list.Description, list.ResourceGroupId, list.Tags, list.CreationTime is { } t ? Minutes(t) : null));
            }
        });
        await Parallel.ForEachAsync(plan.SecurityGroups, parallel, async (group, _) =>
        {
            var grain = region.SecurityGroup(group.SecurityGroupId);
            if (await grain.GetInfoAsync() is not { } info)
            {
                return;
            }

            var same = info.Owner == owner && info.VpcId == group.VpcId && info.Type == group.Type && !info.ServiceManaged
                && Same(info.Name, info.Description, info.ResourceGroupId, info.Tags, info.CreationTime, group.Name, group.Description, group.ResourceGroupId, group.Tags, group.CreationTime);
            Record(found, group.SecurityGroupId, ResourcePaths.SecurityGroup(group.SecurityGroupId), same);
            if (same)
            {
                found.Groups[group.SecurityGroupId] = (info.Version, await grain.GetRulesAsync(), info.InnerAccessPolicy);
            }
        });
        await Parallel.ForEachAsync(plan.NetworkInterfaces, parallel, async (eni, _) =>
        {
            if (await region.NetworkInterface(eni.NetworkInterfaceId).GetInfoAsync() is not { } info)
            {
                return;
            }

            // An attached secondary ENI may not be attached yet (an import interrupted before its instance's turn).
            var instanceMatches = info.InstanceId == eni.InstanceId || (!eni.IsPrimary && info.InstanceId is null);
            Record(found, eni.NetworkInterfaceId, ResourcePaths.NetworkInterface(eni.NetworkInterfaceId), info.Owner == owner && instanceMatches
                && info.VSwitchId == eni.VSwitchId && info.PrimaryIpAddress == eni.PrimaryIpAddress
                && info.SecondaryIpAddresses.SequenceEqual(eni.SecondaryIpAddresses) && info.Ipv6Addresses.ToHashSet().SetEquals(eni.Ipv6Addresses)
                && info.SecurityGroupIds.SequenceEqual(eni.SecurityGroupIds) && info.DeleteOnRelease == eni.DeleteOnRelease
                && (eni.MacAddress is null || info.MacAddress == eni.MacAddress)
                && Same(info.Name, info.Description, info.ResourceGroupId, info.Tags, info.CreationTime, eni.Name, eni.Description, eni.ResourceGroupId, eni.Tags, eni.CreationTime));
        });
        await Parallel.ForEachAsync(plan.Instances, parallel, async (instance, _) =>
        {
            if (await region.Instance(instance.InstanceId).GetInfoAsync() is not { } info)
            {
                return;
            }

            var attached = info.SecondaryNetworkInterfaceIds;
            var same = info.Owner == owner && info.VSwitchId == instance.VSwitchId && info.PrimaryNetworkInterfaceId == instance.PrimaryNetworkInterfaceId
                && attached.Length <= instance.SecondaryNetworkInterfaceIds.Length && attached.SequenceEqual(instance.SecondaryNetworkInterfaceIds.Take(attached.Length))
                && info.Name == instance.Name && info.HostName == instance.HostName && info.InstanceType == instance.InstanceType && info.ImageId == instance.ImageId
                && Same(info.Name, info.Description, info.ResourceGroupId, info.Tags, Minutes(info.CreationTime), instance.Name, instance.Description, instance.ResourceGroupId, instance.Tags, instance.CreationTime is { } t ? Minutes(t) : null);
            Record(found, instance.InstanceId, ResourcePaths.Instance(instance.InstanceId), same);
            if (same)
            {
                found.AttachedSecondaries[instance.InstanceId] = attached;
            }
        });
        return found;
    }

    private static void Record(ExistingResources found, string id, string path, bool same)
    {
        if (same)
        {
            found.Present[id] = true;
        }
        else
        {
            found.Problems.Enqueue(new SnapshotProblem(path, EcsErrorCodes.InvalidParameterConflict, $"{id} already exists with other attributes than the snapshot's (or is another account's); nothing was imported."));
        }
    }

    private static bool Same(
        string name, string description, string resourceGroupId, ImmutableDictionary<string, string> tags, DateTimeOffset creationTime,
        string plannedName, string plannedDescription, string plannedResourceGroupId, ImmutableDictionary<string, string> plannedTags, DateTimeOffset? plannedCreationTime) =>
        name == plannedName && description == plannedDescription && resourceGroupId == plannedResourceGroupId
        && tags.Count == plannedTags.Count && tags.All(t => plannedTags.TryGetValue(t.Key, out var v) && v == t.Value)
        && (plannedCreationTime is not { } time || time.ToUnixTimeSeconds() == creationTime.ToUnixTimeSeconds());

    private static DateTimeOffset Minutes(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), time.Offset);
}
