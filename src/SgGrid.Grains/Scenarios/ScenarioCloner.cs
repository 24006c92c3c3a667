using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Instances;
using SgGrid.Grains.NetworkInterfaces;
using SgGrid.Grains.PrefixLists;
using SgGrid.Grains.SecurityGroups;
using SgGrid.Grains.VSwitches;
using SgGrid.Grains.Vpcs;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// Copies one production VPC into a scenario's scoped grains (<see cref="GrainScope"/>) by copying their stored states
/// before those grains ever activate: the VPC, its vSwitches, groups, ENIs and instances, the groups outside it that its
/// rules reference and the prefix lists they use, and the tenant directory's entries for them.
/// </summary>
/// <remarks>
/// Each resource is copied as it is at the moment it is read; a production change racing with the clone may be partly
/// included, and Apply's version check catches it for the groups in scope. Links that would lead out of the copy (a
/// prefix list's users, a group's referrers outside it) are dropped, so nothing in the scenario ever calls production.
/// </remarks>
internal sealed class ScenarioCloner(IGrainFactory root, ScenarioStorage storage)
{
    private const int Concurrency = 64;

    public async Task<Outcome<ScenarioManifest>> CloneAsync(ResourceOwner owner, string vpcId, IReadOnlyCollection<string> scope, string scenarioId)
    {
        if (await root.GetGrain<IVpcGrain>(vpcId).GetInfoAsync(owner) is null)
        {
            return Outcomes.Failure<ScenarioManifest>(new EcsError(EcsErrorCodes.VpcNotFound, "The specified VpcId does not exist."));
        }

        var directory = root.GetAccountRegionDirectory(owner);
        var vSwitches = await IdsAsync(directory, ResourceKind.VSwitch, vpcId);
        var groups = await IdsAsync(directory, ResourceKind.SecurityGroup, vpcId);
        var interfaces = await IdsAsync(directory, ResourceKind.NetworkInterface, vpcId);
        var instances = await IdsAsync(directory, ResourceKind.Instance, vpcId);
        var inVpc = groups.ToHashSet(StringComparer.Ordinal);
        if (scope.FirstOrDefault(id => !inVpc.Contains(id)) is { } stray)
        {
            return Outcomes.Failure<ScenarioManifest>(ScenarioErrors.SecurityGroupNotInVpc(stray));
        }

        var groupStates = (await BoundedConcurrency.SelectAsync(groups, Concurrency, id => storage.ReadAsync<SecurityGroupState>(Id<ISecurityGroupGrain>(id, null))))
            .Select((state, i) => (Id: groups[i], State: state)).Where(g => g.State is { Exists: true }).ToList();

        // Groups of other VPCs (or accounts) referenced by these rules resolve addresses in the scenario too.
        var outside = groupStates.SelectMany(g => g.State!.ReferencedGroups.Keys).Where(id => !inVpc.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var outsideStates = (await BoundedConcurrency.SelectAsync(outside, Concurrency, id => storage.ReadAsync<SecurityGroupState>(Id<ISecurityGroupGrain>(id, null))))
            .Select((state, i) => (Id: outside[i], State: state)).Where(g => g.State is { Exists: true });
        var allGroups = groupStates.Concat(outsideStates).ToList();
        var cloned = allGroups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var prefixLists = allGroups.SelectMany(g => g.State!.PrefixLists.Keys).Distinct(StringComparer.Ordinal).ToList();

        await CopyAsync<VpcState>([vpcId], Id<IVpcGrain>, scenarioId, _ => { });
        await CopyVpcPartitionsAsync(vpcId, scenarioId);
        await CopyAsync<VSwitchState>(vSwitches, Id<IVSwitchGrain>, scenarioId, _ => { });
        await BoundedConcurrency.ForEachAsync(allGroups, Concurrency, group =>
        {
            group.State!.Referrers.RemoveWhere(r => !cloned.Contains(r));
            return CopyGroupAsync(group.Id, group.State, scenarioId);
        });
        await CopyAsync<NetworkInterfaceState>(interfaces, Id<INetworkInterfaceGrain>, scenarioId, state => state.RuleHits.Clear());
        await CopyAsync<InstanceState>(instances, Id<IInstanceGrain>, scenarioId, _ => { });
        await CopyAsync<PrefixListState>(prefixLists, Id<IPrefixListGrain>, scenarioId, state =>
        {
            var users = state.Users.Select(GrainId.Parse).Where(u => cloned.Contains(u.Key.ToString()!))
                .Select(u => GrainId.Create(u.Type, GrainScope.Key(u.Key.ToString()!, scenarioId)).ToString());
            state.Users = [.. users];
        });

        // The scoped directory is filled through its own grain: its summaries live in partitions (docs/scale.md).
        var listed = await SummariesAsync(directory, ResourceKind.Vpc, [vpcId]);
        listed.AddRange(await SummariesAsync(directory, ResourceKind.PrefixList, prefixLists));
        foreach (var kind in new[] { ResourceKind.VSwitch, ResourceKind.SecurityGroup, ResourceKind.NetworkInterface, ResourceKind.Instance })
        {
            listed.AddRange(await DirectoryListing.AllAsync(directory, new ResourceQuery { Kind = kind, VpcId = vpcId }));
        }

        await root.GetGrain<IAccountRegionDirectoryGrain>(GrainScope.Key(AccountRegionDirectory.KeyOf(owner), scenarioId)).RegisterManyAsync([.. listed]);

        var scoped = scope.Count > 0 ? scope.ToHashSet(StringComparer.Ordinal) : inVpc;
        return Outcomes.Success(new ScenarioManifest
        {
            VSwitches = vSwitches,
            SecurityGroups = [.. allGroups.Select(g => g.Id)],
            NetworkInterfaces = interfaces,
            Instances = instances,
            PrefixLists = prefixLists,
            BaseVersions = groupStates.Where(g => scoped.Contains(g.Id)).ToDictionary(g => g.Id, g => g.State!.Version, StringComparer.Ordinal),
        });
    }

    /// <summary>Removes every state a scenario holds: what was cloned and what was created in it since.</summary>
    public async Task ClearAsync(ResourceOwner owner, string vpcId, ScenarioManifest manifest, string scenarioId)
    {
        var directoryKey = AccountRegionDirectory.KeyOf(owner);
        var directory = root.GetGrain<IAccountRegionDirectoryGrain>(GrainScope.Key(directoryKey, scenarioId));
        var created = new Dictionary<ResourceKind, List<string>>();
        foreach (var kind in new[] { ResourceKind.VSwitch, ResourceKind.SecurityGroup, ResourceKind.NetworkInterface, ResourceKind.Instance, ResourceKind.PrefixList })
        {
            created[kind] = [.. (await DirectoryListing.AllAsync(directory, new ResourceQuery { Kind = kind })).Select(s => s.Id)];
        }

        if (await storage.ReadAsync<VpcState>(Id<IVpcGrain>(vpcId, scenarioId)) is { } vpc)
        {
            var scoped = Id<IVpcGrain>(vpcId, scenarioId);
            await storage.ClearPartitionsAsync<List<string>>(scoped, VpcGrain.AddressMapName, vpc.AddressIndex);
            await storage.ClearPartitionsAsync<string>(scoped, VpcGrain.SecurityGroupMapName, vpc.SecurityGroupIndex);
        }

        await ClearAllAsync<VpcState>([vpcId], Id<IVpcGrain>, scenarioId);
        await ClearAllAsync<VSwitchState>(Union(manifest.VSwitches, created[ResourceKind.VSwitch]), Id<IVSwitchGrain>, scenarioId);
        var groups = Union(manifest.SecurityGroups, created[ResourceKind.SecurityGroup]);
        await BoundedConcurrency.ForEachAsync(groups, Concurrency, id => ClearMemberPagesAsync(Id<ISecurityGroupGrain>(id, scenarioId)));
        await ClearAllAsync<SecurityGroupState>(groups, Id<ISecurityGroupGrain>, scenarioId);
        await ClearAllAsync<NetworkInterfaceState>(Union(manifest.NetworkInterfaces, created[ResourceKind.NetworkInterface]), Id<INetworkInterfaceGrain>, scenarioId);
        await ClearAllAsync<InstanceState>(Union(manifest.Instances, created[ResourceKind.Instance]), Id<IInstanceGrain>, scenarioId);
        await ClearAllAsync<PrefixListState>(Union(manifest.PrefixLists, created[ResourceKind.PrefixList]), Id<IPrefixListGrain>, scenarioId);
        await directory.ClearAsync();
    }

    /// <summary>The VPC's address index and group ids live in partitions of their own (docs/scale.md): copied with its record.</summary>
    private async Task CopyVpcPartitionsAsync(string vpcId, string scenarioId)
    {
        if (await storage.ReadAsync<VpcState>(Id<IVpcGrain>(vpcId, scenarioId)) is { } copied)
        {
            var (from, to) = (Id<IVpcGrain>(vpcId, null), Id<IVpcGrain>(vpcId, scenarioId));
            await storage.CopyPartitionsAsync<List<string>>(from, to, VpcGrain.AddressMapName, copied.AddressIndex);
            await storage.CopyPartitionsAsync<string>(from, to, VpcGrain.SecurityGroupMapName, copied.SecurityGroupIndex);
        }
    }

    /// <summary>A group's main state and its member pages (docs/fan-out.md), the pages first.</summary>
    private async Task CopyGroupAsync(string groupId, SecurityGroupState state, string scenarioId)
    {
        for (var i = 0; i < state.MemberPageCount; i++)
        {
            var name = MemberPageStorage.StateName(i);
            if (await storage.ReadAsync<SecurityGroupMemberPage>(Id<ISecurityGroupGrain>(groupId, null), name) is { } page)
            {
                await storage.WriteAsync(Id<ISecurityGroupGrain>(groupId, scenarioId), page, name);
            }
        }

        await storage.WriteAsync(Id<ISecurityGroupGrain>(groupId, scenarioId), state);
    }

    private async Task ClearMemberPagesAsync(GrainId groupId)
    {
        var pages = (await storage.ReadAsync<SecurityGroupState>(groupId))?.MemberPageCount ?? 0;
        for (var i = 0; i < pages; i++)
        {
            await storage.ClearAsync<SecurityGroupMemberPage>(groupId, MemberPageStorage.StateName(i));
        }
    }

    private static List<string> Union(List<string> first, List<string> second) => [.. first.Union(second, StringComparer.Ordinal)];

    private static async Task<List<ResourceSummary>> SummariesAsync(IAccountRegionDirectoryGrain directory, ResourceKind kind, List<string> ids) =>
        ids.Count == 0 ? [] : await DirectoryListing.AllAsync(directory, new ResourceQuery { Kind = kind, Ids = [.. ids] });

    private static async Task<List<string>> IdsAsync(IAccountRegionDirectoryGrain directory, ResourceKind kind, string vpcId) =>
        [.. (await DirectoryListing.AllAsync(directory, new ResourceQuery { Kind = kind, VpcId = vpcId })).Select(s => s.Id)];

    private Task CopyAsync<TState>(IReadOnlyList<string> ids, Func<string, string?, GrainId> grainId, string scenarioId, Action<TState> adjust)
        where TState : class, new() =>
        BoundedConcurrency.ForEachAsync(ids, Concurrency, async id =>
        {
            if (await storage.ReadAsync<TState>(grainId(id, null)) is { } state)
            {
                adjust(state);
                await storage.WriteAsync(grainId(id, scenarioId), state);
            }
        });

    private Task ClearAllAsync<TState>(IReadOnlyList<string> ids, Func<string, string?, GrainId> grainId, string scenarioId)
        where TState : class, new() =>
        BoundedConcurrency.ForEachAsync(ids, Concurrency, id => storage.ClearAsync<TState>(grainId(id, scenarioId)));

    private GrainId Id<TGrain>(string id, string? scenarioId)
        where TGrain : IGrainWithStringKey =>
        root.GetGrain<TGrain>(GrainScope.Key(id, scenarioId)).GetGrainId();
}
