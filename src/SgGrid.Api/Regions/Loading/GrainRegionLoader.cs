using System.Collections.Concurrent;
using System.Collections.Immutable;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Snapshots;
using SgGrid.Domain.Snapshots.Plans;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Regions.Loading;

/// <summary>
/// Loads a plan through today's per-resource grain calls, in dependency order and with bounded concurrency: VPCs,
/// vSwitches, prefix lists, groups, then the groups' rules (ids and times kept, set in one step per group), every group's
/// members in bulk (one version per group and batch, not per member), ENIs, instances and their attachments; then waits
/// until every member of every group serves the final versions.
/// </summary>
/// <remarks>
/// A phase that fails stops the load and answers the grains' errors; what earlier phases made stays (there is no undo), and
/// importing the same snapshot again finishes the job, since whatever already matches is kept.
/// </remarks>
public sealed class GrainRegionLoader : IRegionLoader
{
    /// <summary>Grain calls in flight at once.</summary>
    public const int Concurrency = 64;

    /// <summary>Members joined per bulk call.</summary>
    public const int MembersPerBatch = 1000;

    public async Task<RegionLoadResult> LoadAsync(TenantRegion region, RegionImportPlan plan, RegionLoadProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken };
        progress.Phase = "Checking";
        var existing = await ExistingResourceCheck.RunAsync(region, plan, parallel);
        if (!existing.Problems.IsEmpty)
        {
            return new RegionLoadResult([.. existing.Problems]);
        }

        progress.AddUnchanged(existing.Present.Count);
        var problems = new ConcurrentQueue<SnapshotProblem>();
        var owner = region.Owner;
        var versions = new ConcurrentDictionary<string, long>(existing.Groups.ToDictionary(g => g.Key, g => g.Value.Version), StringComparer.Ordinal);

        async Task<bool> PhaseAsync<T>(string phase, IEnumerable<T> items, Func<T, Task<(string Path, ImmutableArray<EcsError> Errors)>> load)
        {
            progress.Phase = phase;
            await Parallel.ForEachAsync(items, parallel, async (item, _) =>
            {
                var (path, errors) = await load(item);
                foreach (var error in errors.IsDefault ? [] : errors)
                {
                    problems.Enqueue(new SnapshotProblem(path, error.Code, error.Message));
                }
            });
            return problems.IsEmpty;
        }

        var loaded = await PhaseAsync("Vpcs", plan.Vpcs.Where(v => !existing.Has(v.VpcId)), async vpc =>
        {
            var created = await region.Vpc(vpc.VpcId).CreateAsync(new VpcSpec
            {
                Owner = owner, CidrBlock = vpc.CidrBlock, Name = vpc.Name, Description = vpc.Description, ResourceGroupId = vpc.ResourceGroupId,
                Tags = vpc.Tags, EnableIpv6 = vpc.Ipv6CidrBlock is not null, Ipv6CidrBlock = vpc.Ipv6CidrBlock, CreationTime = vpc.CreationTime,
            });
            return Done(progress, ResourcePaths.Vpc(vpc.VpcId), created.Errors);
        })
        && await PhaseAsync("VSwitches", plan.VSwitches.Where(v => !existing.Has(v.VSwitchId)), async vSwitch =>
        {
            var created = await region.VSwitch(vSwitch.VSwitchId).CreateAsync(new VSwitchSpec
            {
                Owner = owner, VpcId = vSwitch.VpcId, ZoneId = vSwitch.ZoneId, CidrBlock = vSwitch.CidrBlock, Name = vSwitch.Name,
                Description = vSwitch.Description, ResourceGroupId = vSwitch.ResourceGroupId, Tags = vSwitch.Tags,
                Ipv6CidrBlockIndex = vSwitch.Ipv6CidrBlockIndex, CreationTime = vSwitch.CreationTime,
            });
            return Done(progress, ResourcePaths.VSwitch(vSwitch.VSwitchId), created.Errors);
        })
        && await PhaseAsync("PrefixLists", plan.PrefixLists.Where(p => !existing.Has(p.PrefixListId)), async list =>
        {
            var created = await region.PrefixList(list.PrefixListId).CreateAsync(new PrefixListSpec
            {
                Owner = owner, AddressFamily = list.AddressFamily, MaxEntries = list.MaxEntries, Name = list.Name, Description = list.Description,
                Entries = [.. list.Entries.Select(e => new PrefixListEntry(e.Cidr, e.Description))], ResourceGroupId = list.ResourceGroupId,
                Tags = list.Tags, CreationTime = list.CreationTime,
            });
            return Done(progress, ResourcePaths.PrefixList(list.PrefixListId), created.Errors);
        })
        && await PhaseAsync("SecurityGroups", plan.SecurityGroups.Where(g => !existing.Has(g.SecurityGroupId)), async group =>
        {
            var created = await region.SecurityGroup(group.SecurityGroupId).CreateAsync(new SecurityGroupSpec
            {
                Owner = owner, VpcId = group.VpcId, Name = group.Name, Description = group.Description, Type = group.Type,
                ResourceGroupId = group.ResourceGroupId, Tags = group.Tags, CreationTime = group.CreationTime,
            });
            if (created.Value is { } info)
            {
                versions[group.SecurityGroupId] = info.Version;
            }

            return Done(progress, ResourcePaths.SecurityGroup(group.SecurityGroupId), created.Errors);
        })
        && await PhaseAsync("Rules", plan.SecurityGroups, group => SetRulesAsync(region, group, existing, versions))
        && await PhaseAsync("Memberships", MemberBatches(plan, existing), async batch =>
        {
            var joined = await region.SecurityGroup(batch.GroupId).AddMembersAsync(owner, batch.VpcId, batch.Members, MutationOptions.NoWait);
            return (ResourcePaths.SecurityGroup(batch.GroupId), joined.Errors);
        })
        && await PhaseAsync("NetworkInterfaces", plan.NetworkInterfaces.Where(e => !e.IsPrimary && !existing.Has(e.NetworkInterfaceId)), async eni =>
        {
            var created = await region.NetworkInterface(eni.NetworkInterfaceId).CreateAsync(Spec(owner, eni), MutationOptions.NoWait);
            return Done(progress, ResourcePaths.NetworkInterface(eni.NetworkInterfaceId), created.Errors);
        })
        && await PhaseAsync("Instances", plan.Instances, instance => LoadInstanceAsync(region, plan, instance, existing, progress));
        if (!loaded)
        {
            return new RegionLoadResult([.. problems]);
        }

        progress.Phase = "Converging";
        await Parallel.ForEachAsync(plan.SecurityGroups, parallel, async (group, _) =>
        {
            var grain = region.SecurityGroup(group.SecurityGroupId);
            if (await grain.GetInfoAsync() is { } info)
            {
                await grain.WaitForConvergenceAsync(info.Version);
            }
        });
        progress.Phase = "Done";
        return new RegionLoadResult([]);
    }

    /// <summary>The plan's rules and policy on the group, ids and creation times kept (one step; skipped when already equal).</summary>
    private static async Task<(string, ImmutableArray<EcsError>)> SetRulesAsync(
        TenantRegion region, PlannedSecurityGroup group, ExistingResources existing, ConcurrentDictionary<string, long> versions)
    {
        if (existing.Groups.TryGetValue(group.SecurityGroupId, out var current))
        {
            var byId = current.Rules.ToDictionary(r => r.Rule.RuleId, StringComparer.Ordinal);
            if (current.Policy == group.InnerAccessPolicy && current.Rules.Length == group.Rules.Length && group.Rules.All(r =>
                byId.TryGetValue(r.Rule.RuleId, out var mine) && mine.Rule == r.Rule
                && (r.CreateTime is not { } time || time.ToUnixTimeSeconds() == mine.CreateTime.ToUnixTimeSeconds())))
            {
                return ("", []);
            }
        }
        else if (group.Rules.IsEmpty && group.InnerAccessPolicy == InnerAccessPolicyOf(group.Type))
        {
            return ("", []);
        }

        var now = DateTimeOffset.UtcNow;
        var rules = group.Rules.Select(r => new SecurityGroupRuleView(r.Rule, r.CreateTime ?? now)).ToImmutableArray();
        var result = await region.SecurityGroup(group.SecurityGroupId).PromoteAsync(region.Owner, versions[group.SecurityGroupId], rules, group.InnerAccessPolicy, MutationOptions.NoWait);
        return (ResourcePaths.SecurityGroup(group.SecurityGroupId), result.Errors);
    }

    private static Domain.SecurityGroups.InnerAccessPolicy InnerAccessPolicyOf(Domain.SecurityGroups.SecurityGroupType type) =>
        type == Domain.SecurityGroups.SecurityGroupType.Normal ? Domain.SecurityGroups.InnerAccessPolicy.Accept : Domain.SecurityGroups.InnerAccessPolicy.Drop;

    /// <summary>Every group's new members (ENIs not yet there), in batches, so each group bumps its version once per batch.</summary>
    private static IEnumerable<(string GroupId, string VpcId, ImmutableArray<GroupMember> Members)> MemberBatches(RegionImportPlan plan, ExistingResources existing) =>
        plan.NetworkInterfaces
            .Where(e => !existing.Has(e.NetworkInterfaceId))
            .SelectMany(e => e.SecurityGroupIds.Select(g => (Group: g, e.VpcId, Member: new GroupMember(e.NetworkInterfaceId, e.PrivateAddresses()))))
            .GroupBy(m => (m.Group, m.VpcId))
            .SelectMany(g => g.Chunk(MembersPerBatch).Select(chunk => (g.Key.Group, g.Key.VpcId, chunk.Select(m => m.Member).ToImmutableArray())));

    private static async Task<(string, ImmutableArray<EcsError>)> LoadInstanceAsync(
        TenantRegion region, RegionImportPlan plan, PlannedInstance instance, ExistingResources existing, RegionLoadProgress progress)
    {
        var path = ResourcePaths.Instance(instance.InstanceId);
        var grain = region.Instance(instance.InstanceId);
        var attached = existing.AttachedSecondaries.GetValueOrDefault(instance.InstanceId, []);
        if (!existing.Has(instance.InstanceId))
        {
            var primary = plan.NetworkInterfaces.First(e => e.NetworkInterfaceId == instance.PrimaryNetworkInterfaceId);
            var created = await grain.CreateAsync(new InstanceSpec
            {
                Owner = region.Owner, VpcId = instance.VpcId, VSwitchId = instance.VSwitchId, ZoneId = instance.ZoneId, InstanceType = instance.InstanceType,
                Name = instance.Name, Description = instance.Description, ImageId = instance.ImageId, SecurityGroupIds = primary.SecurityGroupIds,
                PrimaryIpAddress = primary.PrimaryIpAddress, Ipv6Addresses = primary.Ipv6Addresses, Tags = instance.Tags, HostName = instance.HostName,
                ResourceGroupId = instance.ResourceGroupId, CreationTime = instance.CreationTime,
                PrimaryNetworkInterfaceId = primary.NetworkInterfaceId, PrimaryNetworkInterface = Spec(region.Owner, primary),
            }, MutationOptions.NoWait);
            if (!created.Succeeded)
            {
                return (path, created.Errors);
            }

            progress.AddLoaded(2);
        }

        foreach (var eniId in instance.SecondaryNetworkInterfaceIds.Skip(attached.Length))
        {
            var result = await grain.AttachNetworkInterfaceAsync(region.Owner, eniId, MutationOptions.NoWait);
            if (!result.Succeeded)
            {
                return (ResourcePaths.NetworkInterface(eniId), result.Errors);
            }
        }

        return (path, []);
    }

    private static NetworkInterfaceSpec Spec(ResourceOwner owner, PlannedNetworkInterface eni) => new()
    {
        Owner = owner, VpcId = eni.VpcId, VSwitchId = eni.VSwitchId, ZoneId = eni.ZoneId, Type = NetworkInterfaceType.Secondary,
        PrimaryIpAddress = eni.PrimaryIpAddress, SecondaryIpAddresses = eni.SecondaryIpAddresses, Ipv6Addresses = eni.Ipv6Addresses,
        SecurityGroupIds = eni.SecurityGroupIds, Name = eni.Name, Description = eni.Description, Tags = eni.Tags,
        ResourceGroupId = eni.ResourceGroupId, DeleteOnRelease = eni.DeleteOnRelease, MacAddress = eni.MacAddress, CreationTime = eni.CreationTime,
    };

    private static (string, ImmutableArray<EcsError>) Done(RegionLoadProgress progress, string path, ImmutableArray<EcsError> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            progress.AddLoaded();
        }

        return (path, errors);
    }
}
