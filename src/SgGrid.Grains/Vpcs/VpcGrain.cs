using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Common;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Persistence;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.Vpcs;

/// <summary>One VPC: its CIDR block, its vSwitches' blocks, its dependents, its address index and its default group id.</summary>
/// <remarks>
/// The address index and the group ids are stored in bounded partitions (<see cref="PartitionedMap{TValue}"/>,
/// docs/scale.md): registering an ENI's addresses writes one partition and the VPC's small record.
/// </remarks>
public sealed class VpcGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<VpcState> state,
    IOptions<VpcOptions> options,
    IOptions<SgGridGrainOptions> grainOptions) : ScopedGrain, IVpcGrain
{
    /// <summary>The resource id (the grain key without its scope).</summary>
    private string VpcId => ResourceId;

    private GroupCommit? _commit;

    private readonly Dictionary<string, IpCidr> _vSwitches = new(StringComparer.Ordinal);
    private readonly VpcAddressIndex _addresses = new();
    private IpCidr _cidr;
    private IpCidr? _ipv6;
    private PartitionedMap<List<string>> _addressEntries = null!;
    private PartitionedMap<string> _securityGroups = null!;

    private VpcState State => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await OpenMapsAsync();
        if (State.Exists)
        {
            _cidr = IpCidr.Parse(State.CidrBlock);
            _ipv6 = State.Ipv6CidrBlock is { } ipv6 ? IpCidr.Parse(ipv6) : null;
            foreach (var (id, cidr) in State.VSwitches)
            {
                _vSwitches[id] = IpCidr.Parse(cidr);
            }

            foreach (var (id, cidrs) in _addressEntries.Entries)
            {
                _addresses.Set(id, AddressSet.FromCidrs(cidrs.Select(IpCidr.Parse)));
            }

            if (State.NetworkInterfaces.Count > 0 || State.SecurityGroups.Count > 0)
            {
                // Earlier versions kept these inline in the VPC's one record: move them into partitions once.
                foreach (var (id, cidrs) in State.NetworkInterfaces)
                {
                    _addressEntries.Set(id, cidrs);
                    _addresses.Set(id, AddressSet.FromCidrs(cidrs.Select(IpCidr.Parse)));
                }

                foreach (var id in State.SecurityGroups)
                {
                    _securityGroups.Set(id, "");
                }

                State.NetworkInterfaces = [];
                State.SecurityGroups = [];
                await Commit.CommitAsync();
            }
        }
    }

    private async Task OpenMapsAsync()
    {
        var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name);
        var limits = grainOptions.Value.Partitions;
        _addressEntries = new PartitionedMap<List<string>>(storage, this.GetGrainId(), AddressMapName, State.AddressIndex, AddressEntrySize, limits);
        _securityGroups = new PartitionedMap<string>(storage, this.GetGrainId(), SecurityGroupMapName, State.SecurityGroupIndex, (key, _) => key.Length + 8, limits);
        await Task.WhenAll(_addressEntries.LoadAsync(), _securityGroups.LoadAsync());
    }

    /// <summary>The name of the address index's partitions (a what-if scenario copies them with the VPC).</summary>
    internal const string AddressMapName = "addresses";

    /// <summary>The name of the group ids' partitions.</summary>
    internal const string SecurityGroupMapName = "groups";

    private static int AddressEntrySize(string id, List<string> cidrs) => id.Length + 8 + cidrs.Sum(cidr => cidr.Length + 4);

    public async Task<Outcome<VpcInfo>> CreateAsync(VpcSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (State.Exists)
        {
            return IsVisibleTo(spec.Owner) && IsSameSpec(spec)
                ? Outcomes.Success(ToInfo())
                : Outcomes.Failure<VpcInfo>(NetworkErrors.ParameterMismatch(VpcId));
        }

        if (NetworkCidrRules.CheckVpcCidr(spec.CidrBlock) is { } error)
        {
            return Outcomes.Failure<VpcInfo>(error);
        }

        // The block is the pool's before the VPC exists: a retry after a failed write gets the same one back.
        var pool = GrainFactory.GetGrain<IIpv6CidrAllocatorGrain>(IIpv6CidrAllocatorGrain.Key);
        IpCidr? ipv6 = null;
        if (spec.EnableIpv6 && spec.Ipv6CidrBlock is { } given)
        {
            if (!await pool.ReserveAsync(VpcId, given))
            {
                return Outcomes.Failure<VpcInfo>(NetworkErrors.Ipv6CidrBlockTaken(given));
            }

            ipv6 = given;
        }
        else if (spec.EnableIpv6)
        {
            ipv6 = await pool.AllocateAsync(VpcId);
        }

        state.State = new VpcState
        {
            Exists = true,
            AccountId = spec.Owner.AccountId,
            RegionId = spec.Owner.RegionId,
            CidrBlock = spec.CidrBlock.ToString(),
            Name = spec.Name,
            Description = spec.Description,
            ResourceGroupId = spec.ResourceGroupId,
            Tags = new Dictionary<string, string>(spec.Tags, StringComparer.Ordinal),
            CreationTime = spec.CreationTime ?? DateTimeOffset.UtcNow,
            Ipv6CidrBlock = ipv6?.ToString(),
            // The maps were opened on these (empty) indexes at activation.
            AddressIndex = State.AddressIndex,
            SecurityGroupIndex = State.SecurityGroupIndex,
        };
        _cidr = spec.CidrBlock;
        _ipv6 = ipv6;
        await Commit.CommitAsync();
        await GrainFactory.GetAccountRegionDirectory(spec.Owner).RegisterAsync(ToSummary());
        return Outcomes.Success(ToInfo());
    }

    public Task<VpcInfo?> GetInfoAsync(ResourceOwner caller) =>
        Task.FromResult(IsVisibleTo(caller) ? ToInfo() : null);

    public async Task<MutationResult> ModifyAttributeAsync(ResourceOwner caller, string? name, string? description)
    {
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VpcNotFound(VpcId));
        }

        if ((name ?? State.Name) == State.Name && (description ?? State.Description) == State.Description)
        {
            return MutationResult.Success(0);
        }

        State.Name = name ?? State.Name;
        State.Description = description ?? State.Description;
        await Commit.CommitAsync();
        await GrainFactory.GetAccountRegionDirectory(Owner).UpdateAsync(ToSummary());
        return MutationResult.Success(0);
    }

    public async Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VpcNotFound(VpcId));
        }

        if (TagEdits.TryApply(State.Tags, change, out var changed) is { } refused)
        {
            return MutationResult.Failure(refused);
        }

        if (changed)
        {
            await Commit.CommitAsync();
            await GrainFactory.GetAccountRegionDirectory(Owner).UpdateAsync(ToSummary());
        }

        return MutationResult.Success(0);
    }

    public async Task<MutationResult> DeleteAsync(ResourceOwner caller)
    {
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VpcNotFound(VpcId));
        }

        if (State.VSwitches.Count > 0)
        {
            return MutationResult.Failure(NetworkErrors.VpcHasVSwitches());
        }

        if (_securityGroups.Count > 0)
        {
            return MutationResult.Failure(NetworkErrors.VpcHasSecurityGroups());
        }

        if (_addressEntries.Count > 0)
        {
            return MutationResult.Failure(NetworkErrors.VpcHasInstances());
        }

        var owner = Owner;
        var hadIpv6 = _ipv6 is not null;
        await Task.WhenAll(_addressEntries.ClearAsync(), _securityGroups.ClearAsync());
        await state.ClearStateAsync();
        state.State = new VpcState();
        await OpenMapsAsync();
        _vSwitches.Clear();
        _ipv6 = null;
        await GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.Vpc, VpcId);
        if (hadIpv6)
        {
            await GrainFactory.GetGrain<IIpv6CidrAllocatorGrain>(IIpv6CidrAllocatorGrain.Key).ReleaseAsync(VpcId);
        }

        return MutationResult.Success(0);
    }

    public async Task<MutationResult> RegisterVSwitchAsync(ResourceOwner caller, string vSwitchId, IpCidr cidrBlock)
    {
        var registered = await RegisterVSwitchAsync(caller, vSwitchId, cidrBlock, null);
        return registered.Succeeded ? MutationResult.Success(0) : MutationResult.Failure(registered.Errors);
    }

    public async Task<Outcome<VSwitchRegistration>> RegisterVSwitchAsync(ResourceOwner caller, string vSwitchId, IpCidr cidrBlock, int? ipv6Index)
    {
        ArgumentException.ThrowIfNullOrEmpty(vSwitchId);
        if (!IsVisibleTo(caller))
        {
            return Outcomes.Failure<VSwitchRegistration>(NetworkErrors.VpcNotFound(VpcId));
        }

        if (_vSwitches.TryGetValue(vSwitchId, out var existing))
        {
            int? existingIndex = State.VSwitchIpv6Indexes.TryGetValue(vSwitchId, out var index) ? index : null;
            return existing == cidrBlock && existingIndex == ipv6Index
                ? Outcomes.Success(Registration(cidrBlock, ipv6Index))
                : Outcomes.Failure<VSwitchRegistration>(NetworkErrors.ParameterMismatch(vSwitchId));
        }

        if (_vSwitches.Count >= options.Value.MaxVSwitchesPerVpc)
        {
            return Outcomes.Failure<VSwitchRegistration>(NetworkErrors.VSwitchQuotaExceeded(options.Value.MaxVSwitchesPerVpc));
        }

        if (NetworkCidrRules.CheckVSwitchInVpc(cidrBlock, _cidr, _vSwitches) is { } error)
        {
            return Outcomes.Failure<VSwitchRegistration>(error);
        }

        if (ipv6Index is { } wanted)
        {
            if (_ipv6 is null)
            {
                return Outcomes.Failure<VSwitchRegistration>(NetworkErrors.VpcHasNoIpv6(VpcId));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(wanted);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(wanted, Ipv6Blocks.MaxVSwitchIndex);
            if (State.VSwitchIpv6Indexes.FirstOrDefault(pair => pair.Value == wanted) is { Key: { } holder })
            {
                return Outcomes.Failure<VSwitchRegistration>(NetworkErrors.VSwitchIpv6Overlapped(Ipv6Blocks.VSwitchBlock(_ipv6.Value, wanted), holder));
            }

            State.VSwitchIpv6Indexes[vSwitchId] = wanted;
        }

        _vSwitches[vSwitchId] = cidrBlock;
        State.VSwitches[vSwitchId] = cidrBlock.ToString();
        await Commit.CommitAsync();
        return Outcomes.Success(Registration(cidrBlock, ipv6Index));
    }

    public async Task UnregisterVSwitchAsync(string vSwitchId)
    {
        if (_vSwitches.Remove(vSwitchId) | State.VSwitches.Remove(vSwitchId) | State.VSwitchIpv6Indexes.Remove(vSwitchId))
        {
            await Commit.CommitAsync();
        }
    }

    public async Task<MutationResult> RegisterSecurityGroupAsync(ResourceOwner caller, string securityGroupId)
    {
        ArgumentException.ThrowIfNullOrEmpty(securityGroupId);
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VpcNotFound(VpcId));
        }

        if (!_securityGroups.ContainsKey(securityGroupId))
        {
            if (!_securityGroups.HasRoomFor(securityGroupId, ""))
            {
                return MutationResult.Failure(NetworkErrors.TenantStorageQuotaExceeded(securityGroupId));
            }

            _securityGroups.Set(securityGroupId, "");
            await Commit.CommitAsync();
        }

        return MutationResult.Success(0);
    }

    public async Task UnregisterSecurityGroupAsync(string securityGroupId)
    {
        if (_securityGroups.Remove(securityGroupId))
        {
            await Commit.CommitAsync();
        }
    }

    public async Task<MutationResult> RegisterAddressesAsync(ResourceOwner caller, string networkInterfaceId, AddressSet addresses)
    {
        ArgumentException.ThrowIfNullOrEmpty(networkInterfaceId);
        ArgumentNullException.ThrowIfNull(addresses);
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VpcNotFound(VpcId));
        }

        if (_addresses.FindConflict(networkInterfaceId, addresses) is { } taken)
        {
            return MutationResult.Failure(NetworkErrors.IpDuplicated(taken));
        }

        List<string> cidrs = [.. addresses.ToCidrs().Select(cidr => cidr.ToString())];
        if (!_addressEntries.HasRoomFor(networkInterfaceId, cidrs))
        {
            return MutationResult.Failure(NetworkErrors.TenantStorageQuotaExceeded(networkInterfaceId));
        }

        _addresses.Set(networkInterfaceId, addresses);
        _addressEntries.Set(networkInterfaceId, cidrs);
        await Commit.CommitAsync();
        return MutationResult.Success(0);
    }

    public async Task UnregisterAddressesAsync(string networkInterfaceId)
    {
        if (_addresses.Remove(networkInterfaceId) | _addressEntries.Remove(networkInterfaceId))
        {
            await Commit.CommitAsync();
        }
    }

    public Task<string?> FindNetworkInterfaceAsync(NetworkAddress address) =>
        Task.FromResult(State.Exists ? _addresses.Find(address) : null);

    public async Task<Outcome<string>> GetOrReserveDefaultSecurityGroupIdAsync(ResourceOwner caller)
    {
        if (!IsVisibleTo(caller))
        {
            return Outcomes.Failure<string>(NetworkErrors.VpcNotFound(VpcId));
        }

        if (State.DefaultSecurityGroupId is null)
        {
            State.DefaultSecurityGroupId = ResourceIds.NewSecurityGroupId(Random.Shared);
            await Commit.CommitAsync();
        }

        return Outcomes.Success(State.DefaultSecurityGroupId);
    }

    private ResourceOwner Owner => new(State.AccountId, State.RegionId);

    /// <summary>Every write goes through one group commit: address registrations interleave and share writes.</summary>
    /// Each flush writes the partitions that changed around the VPC's own record (PartitionedMap's order, docs/scale.md).
    private GroupCommit Commit => _commit ??= new GroupCommit(() => _addressEntries.FlushAsync(() => _securityGroups.FlushAsync(state.WriteStateAsync)));

    private bool IsVisibleTo(ResourceOwner caller) => OwnerState.IsVisibleTo(State.Exists, State.AccountId, State.RegionId, caller);

    private VSwitchRegistration Registration(IpCidr cidrBlock, int? ipv6Index) => new()
    {
        CidrBlock = cidrBlock,
        Ipv6CidrBlock = ipv6Index is { } index && _ipv6 is { } vpcBlock ? Ipv6Blocks.VSwitchBlock(vpcBlock, index) : null,
    };

    private bool IsSameSpec(VpcSpec spec) =>
        _cidr == spec.CidrBlock && spec.EnableIpv6 == _ipv6.HasValue && (spec.Ipv6CidrBlock is null || spec.Ipv6CidrBlock == _ipv6) && State.Name == spec.Name && State.Description == spec.Description &&
        State.ResourceGroupId == spec.ResourceGroupId && OwnerState.TagsEqual(State.Tags, spec.Tags);

    private VpcInfo ToInfo() => new()
    {
        VpcId = VpcId,
        Owner = Owner,
        CidrBlock = _cidr,
        Name = State.Name,
        Description = State.Description,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        CreationTime = State.CreationTime,
        VSwitchIds = [.. _vSwitches.Keys.Order(StringComparer.Ordinal)],
        SecurityGroupCount = _securityGroups.Count,
        NetworkInterfaceCount = _addresses.NetworkInterfaceCount,
        DefaultSecurityGroupId = State.DefaultSecurityGroupId,
        Ipv6CidrBlock = _ipv6,
    };

    private ResourceSummary ToSummary() => new()
    {
        Id = VpcId,
        Kind = ResourceKind.Vpc,
        VpcId = VpcId,
        Name = State.Name,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        CreationTime = State.CreationTime,
        Attributes = ImmutableDictionary<string, string>.Empty
            .Add("CidrBlock", State.CidrBlock)
            .Add(NetworkResourceAttributes.EnableIpv6, _ipv6 is null ? "false" : "true"),
    };
}
