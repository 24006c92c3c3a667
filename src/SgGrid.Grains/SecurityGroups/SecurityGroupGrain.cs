using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Diagnostics;
using SgGrid.Grains.Errors;
using SgGrid.Grains.FanOut;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Persistence;
using SgGrid.Grains.Scenarios;
using Orleans.Storage;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>
/// A security group: attributes, rules, members and referrers, persisted; every change bumps the version and is
/// pushed to the member ENIs (and, when the members' addresses change, to the groups that reference this one).
/// </summary>
/// <remarks>Split by concern: attributes here, rules, members and fan-out in the other partial files.</remarks>
public sealed partial class SecurityGroupGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<SecurityGroupState> state,
    IOptions<SgGridGrainOptions> options,
    GrainInstruments instruments,
    SiloBroadcaster broadcaster,
    ILogger<SecurityGroupGrain> logger) : ScopedGrain, ISecurityGroupGrain
{
    /// <summary>The resource id (the grain key without its scope).</summary>
    private string GroupId => ResourceId;

    private readonly SgGridGrainOptions _options = options.Value;
    private GroupSnapshot? _snapshot;
    private AddressSet? _memberAddresses;
    private UInt128? _memberAddressCount;
    private GroupCommit? _commit;
    private bool _deleting;
    private MemberPages _members = MemberPages.Empty();
    private MemberPageStorage? _pageStorage;

    private SecurityGroupState State => state.State;


    public async Task<Outcome<SecurityGroupInfo>> CreateAsync(SecurityGroupSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (State.Exists)
        {
            return Outcomes.Failure<SecurityGroupInfo>(ResourceErrors.SecurityGroupAlreadyExists());
        }

        var registered = await GrainFactory.GetGrain<IVpcGrain>(spec.VpcId).RegisterSecurityGroupAsync(spec.Owner, GroupId);
        if (!registered.Succeeded)
        {
            return Outcomes.Failure<SecurityGroupInfo>(registered.Errors);
        }

        var vpcAddresses = await VpcAddressesAsync(spec.Owner, spec.VpcId);

        state.State = new SecurityGroupState
        {
            Exists = true,
            Owner = spec.Owner,
            VpcId = spec.VpcId,
            Name = spec.Name,
            Description = spec.Description,
            Type = spec.Type,
            InnerAccessPolicy = spec.Type == SecurityGroupType.Normal ? InnerAccessPolicy.Accept : InnerAccessPolicy.Drop,
            ServiceManaged = spec.ServiceManaged,
            ResourceGroupId = spec.ResourceGroupId,
            Tags = spec.Tags.ToDictionary(),
            CreationTime = spec.CreationTime ?? DateTimeOffset.UtcNow,
            Version = 1,
            VpcAddresses = vpcAddresses,
        };
        _members = MemberPages.Empty();
        _members.MarkAllDirty();
        var quota = _options.QuotasFor(spec.Owner.AccountId).SecurityGroupsPerRegion;
        if (!await GrainFactory.GetAccountRegionDirectory(spec.Owner).RegisterWithinLimitAsync(Summary(), quota))
        {
            await GrainFactory.GetGrain<IVpcGrain>(spec.VpcId).UnregisterSecurityGroupAsync(GroupId);
            state.State = new SecurityGroupState();
            return Outcomes.Failure<SecurityGroupInfo>(ResourceErrors.TooManySecurityGroups(quota));
        }

        await PersistAsync();
        LogCreated(GroupId, spec.Type);
        return Outcomes.Success(Info());
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // State written before groups kept their VPC's blocks, or their lists' sizes, learns them once.
        if (State.Exists && State.VpcAddresses is null)
        {
            State.VpcAddresses = await VpcAddressesAsync(State.Owner!, State.VpcId);
        }

        foreach (var listId in State.Exists ? State.PrefixLists.Keys.Where(l => !State.PrefixListMaxEntries.ContainsKey(l)).ToArray() : [])
        {
            State.PrefixListMaxEntries[listId] = (await GrainFactory.GetGrain<IPrefixListGrain>(listId).GetInfoAsync(State.Owner!))?.MaxEntries ?? 1;
        }

        await LoadMembersAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    /// <summary>The stored member pages (docs/fan-out.md); members of state written before pages move into them once.</summary>
    private async Task LoadMembersAsync()
    {
        if (!State.Exists)
        {
            return;
        }

        _members = MemberPages.FromPages(await Pages.ReadAsync(State.MemberPageCount));
        if (State.Members.Count > 0 || State.MemberPageCount == 0)
        {
            foreach (var (id, addresses) in State.Members)
            {
                _members.Set(id, addresses);
            }

            _members.MarkAllDirty();
            State.Members = [];
            await PersistAsync();
        }
    }

    private MemberPageStorage Pages => _pageStorage ??=
        new MemberPageStorage(ServiceProvider.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name), this.GetGrainId());

    /// <summary>The VPC's IPv4 and IPv6 blocks (empty when the VPC is gone).</summary>
    private async Task<AddressSet> VpcAddressesAsync(ResourceOwner owner, string vpcId) =>
        await GrainFactory.GetGrain<IVpcGrain>(vpcId).GetInfoAsync(owner) is { } vpc
            ? AddressSet.FromCidrs(vpc.Ipv6CidrBlock is { } ipv6 ? [vpc.CidrBlock, ipv6] : [vpc.CidrBlock])
            : AddressSet.Empty;

    public Task<SecurityGroupInfo?> GetInfoAsync() => Task.FromResult(State.Exists ? Info() : null);

    public Task<ImmutableArray<SecurityGroupRuleView>> GetRulesAsync() =>
        Task.FromResult(State.Exists ? State.Rules.ToImmutableArray() : []);

    public async Task<MutationResult> ModifyPolicyAsync(ResourceOwner caller, InnerAccessPolicy policy, MutationOptions options)
    {
        if (CheckWritable(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (State.Type == SecurityGroupType.Enterprise)
        {
            return MutationResult.Failure(new EcsError(EcsErrorCodes.OperationDenied,
                "The internal access policy of an advanced security group is always Drop and cannot be modified."));
        }

        if (State.InnerAccessPolicy == policy)
        {
            return MutationResult.Success(State.Version);
        }

        State.InnerAccessPolicy = policy;
        return await CommitAsync(options, membersChanged: false);
    }

    public async Task<MutationResult> ModifyAttributeAsync(ResourceOwner caller, string? name, string? description)
    {
        if (CheckWritable(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        State.Name = name ?? State.Name;
        State.Description = description ?? State.Description;
        await PersistAsync();
        await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
        return MutationResult.Success(State.Version);
    }

    public Task<MutationResult> DeleteAsync(ResourceOwner caller) => DeleteCheckedAsync(CheckWritable(caller));

    public Task<MutationResult> DeleteAsCloudServiceAsync(ResourceOwner caller) =>
        DeleteCheckedAsync(!State.Exists || !SameTenant(caller) ? ResourceErrors.SecurityGroupNotFound() : null);

    /// <summary>Deletes the group once the caller's check (<paramref name="refusal"/> null) passed.</summary>
    private async Task<MutationResult> DeleteCheckedAsync(EcsError? refusal)
    {
        if (refusal is not null)
        {
            return MutationResult.Failure(refusal);
        }

        if (_members.Count > 0)
        {
            return MutationResult.Failure(ResourceErrors.GroupHasMembers());
        }

        if (State.Referrers.Count > 0)
        {
            return MutationResult.Failure(ResourceErrors.GroupIsReferenced());
        }

        // Joins interleave; from here on they are refused so no member slips into a group being deleted.
        _deleting = true;

        foreach (var referenced in State.ReferencedGroups.Keys)
        {
            await GrainFactory.GetGrain<ISecurityGroupGrain>(referenced).RemoveReferrerAsync(GroupId);
        }

        foreach (var prefixList in State.PrefixLists.Keys)
        {
            await GrainFactory.GetGrain<IPrefixListGrain>(prefixList).RemoveUserAsync(this.GetGrainId());
        }

        var owner = State.Owner!;
        await GrainFactory.GetGrain<IVpcGrain>(State.VpcId).UnregisterSecurityGroupAsync(GroupId);
        await GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.SecurityGroup, GroupId);
        var version = State.Version;
        await Pages.ClearAsync(State.MemberPageCount);
        await state.ClearStateAsync();
        state.State = new SecurityGroupState();
        _members = MemberPages.Empty();
        _snapshot = null;
        _deleting = false;
        LogDeleted(GroupId);
        DeactivateOnIdle();
        return MutationResult.Success(version);
    }

    public Task<GroupSnapshot?> GetSnapshotAsync() => Task.FromResult(State.Exists ? Snapshot() : null);

    public Task<ImmutableArray<string>> GetReferrersAsync() => Task.FromResult(State.Referrers.Order(StringComparer.Ordinal).ToImmutableArray());

    public Task<ImmutableArray<string>> GetMembersAsync() => Task.FromResult(_members.Keys.Order(StringComparer.Ordinal).ToImmutableArray());

    private SecurityGroupInfo Info() => new()
    {
        SecurityGroupId = GroupId,
        Owner = State.Owner!,
        VpcId = State.VpcId,
        Name = State.Name,
        Description = State.Description,
        Type = State.Type,
        InnerAccessPolicy = State.InnerAccessPolicy,
        ServiceManaged = State.ServiceManaged,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(),
        CreationTime = State.CreationTime,
        Version = State.Version,
        RuleCount = State.Rules.Count,
        GroupToGroupRuleCount = State.Rules.Count(r => r.Rule.Remote is Domain.Rules.SecurityGroupPeer),
        MemberCount = _members.Count,
        MemberAddressCount = (int)UInt128.Min(MemberAddressCount(), int.MaxValue),
        RuleWeight = RuleWeight(),
    };

    private ResourceSummary Summary() => new()
    {
        Id = GroupId,
        Kind = ResourceKind.SecurityGroup,
        VpcId = State.VpcId,
        Name = State.Name,
        SecurityGroupType = State.Type,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(),
        CreationTime = State.CreationTime,
        Attributes = ImmutableDictionary<string, string>.Empty.Add("ServiceManaged", State.ServiceManaged ? "true" : "false"),
    };

    /// <summary>Null when <paramref name="caller"/> may change this group; otherwise the error to return.</summary>
    private EcsError? CheckWritable(ResourceOwner caller)
    {
        if (!State.Exists || !SameTenant(caller))
        {
            return ResourceErrors.SecurityGroupNotFound();
        }

        return State.ServiceManaged ? ResourceErrors.Managed(GroupId) : null;
    }

    private bool SameTenant(ResourceOwner caller) =>
        State.Owner is not null && State.Owner == caller;

    private AddressSet MemberAddresses() => _memberAddresses ??= AddressSet.UnionAll(_members.Values);

    private GroupSnapshot Snapshot()
    {
        if (_snapshot is { } cached && cached.Version == State.Version)
        {
            return cached;
        }

        _snapshot = new GroupSnapshot
        {
            GroupId = GroupId,
            Version = State.Version,
            Type = State.Type,
            InnerAccessPolicy = State.InnerAccessPolicy,
            Rules = [.. State.Rules.Select(r => r.Rule)],
            MemberAddresses = MemberAddresses(),
            ResolvedGroups = State.ReferencedGroups.ToImmutableDictionary(StringComparer.Ordinal),
            ResolvedPrefixLists = State.PrefixLists.ToImmutableDictionary(StringComparer.Ordinal),
            VpcAddresses = State.VpcAddresses ?? AddressSet.Empty,
            RuleWeight = SnapshotRuleWeight(),
        };
        return _snapshot;
    }

    /// <summary>Writes state with group commit: interleaved changes (joins, referrer updates) share writes.</summary>
    private Task PersistAsync() => (_commit ??= new GroupCommit(WriteStateAndPagesAsync)).CommitAsync();

    /// <summary>
    /// Writes the changed member pages and the main state that counts them, in an order that survives a crash at any point
    /// (docs/fan-out.md): pages beyond the stored count first (a split's new pages), then the main state, then the pages it
    /// already counted — so the main state never counts a page not yet written, and an old page rewritten after a split is
    /// only ever a stale copy that loading puts right (<see cref="MemberPages.FromPages"/>).
    /// </summary>
    private async Task WriteStateAndPagesAsync()
    {
        var dirty = _members.TakeDirty();
        try
        {
            var stored = State.MemberPageCount;
            foreach (var (index, members) in dirty.Where(d => d.Index >= stored))
            {
                await Pages.WriteAsync(index, members);
            }

            State.MemberPageCount = Math.Max(stored, _members.PageCount);
            await state.WriteStateAsync();
            foreach (var (index, members) in dirty.Where(d => d.Index < stored))
            {
                await Pages.WriteAsync(index, members);
            }
        }
        catch
        {
            _members.MarkDirty(dirty.Select(d => d.Index));
            throw;
        }
    }
}
