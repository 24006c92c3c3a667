using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Common;
using SgGrid.Grains.Hosting;

using SgGrid.Grains.Persistence;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.VSwitches;

/// <summary>One vSwitch: its place in its VPC and the allocation of its private IPv4 addresses.</summary>
public sealed class VSwitchGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<VSwitchState> state) : ScopedGrain, IVSwitchGrain
{
    /// <summary>The resource id (the grain key without its scope).</summary>
    private string VSwitchId => ResourceId;

    private AddressPool? _pool;
    private GroupCommit? _commit;

    private VSwitchState State => state.State;


    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Exists)
        {
            _pool = AddressPool.Restore(IpCidr.Parse(State.CidrBlock), State.AddressBits, State.AddressCursor);
        }

        return Task.CompletedTask;
    }

    public async Task<Outcome<VSwitchInfo>> CreateAsync(VSwitchSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (_pool is not null)
        {
            return IsVisibleTo(spec.Owner) && IsSameSpec(spec)
                ? Outcomes.Success(ToInfo(_pool))
                : Outcomes.Failure<VSwitchInfo>(NetworkErrors.ParameterMismatch(VSwitchId));
        }

        if (NetworkCidrRules.CheckVSwitchCidr(spec.CidrBlock) is { } error)
        {
            return Outcomes.Failure<VSwitchInfo>(error);
        }

        var registered = await GrainFactory.GetGrain<IVpcGrain>(spec.VpcId).RegisterVSwitchAsync(spec.Owner, VSwitchId, spec.CidrBlock, spec.Ipv6CidrBlockIndex);
        if (!registered.Succeeded)
        {
            return Outcomes.Failure<VSwitchInfo>(registered.Errors);
        }

        var pool = AddressPool.Create(spec.CidrBlock);
        state.State = new VSwitchState
        {
            Exists = true,
            AccountId = spec.Owner.AccountId,
            RegionId = spec.Owner.RegionId,
            VpcId = spec.VpcId,
            ZoneId = spec.ZoneId,
            CidrBlock = spec.CidrBlock.ToString(),
            Name = spec.Name,
            Description = spec.Description,
            ResourceGroupId = spec.ResourceGroupId,
            Tags = new Dictionary<string, string>(spec.Tags, StringComparer.Ordinal),
            CreationTime = spec.CreationTime ?? DateTimeOffset.UtcNow,
            Ipv6CidrBlock = registered.Value!.Ipv6CidrBlock?.ToString(),
            Ipv6CidrBlockIndex = spec.Ipv6CidrBlockIndex,
        };
        _pool = pool;
        await SaveAsync(pool);
        await GrainFactory.GetAccountRegionDirectory(spec.Owner).RegisterAsync(ToSummary(pool));
        return Outcomes.Success(ToInfo(pool));
    }

    public Task<VSwitchInfo?> GetInfoAsync(ResourceOwner caller) =>
        Task.FromResult(_pool is not null && IsVisibleTo(caller) ? ToInfo(_pool) : null);

    public async Task<MutationResult> ModifyAttributeAsync(ResourceOwner caller, string? name, string? description)
    {
        if (_pool is not { } pool || !IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VSwitchNotFound(VSwitchId));
        }

        if ((name ?? State.Name) == State.Name && (description ?? State.Description) == State.Description)
        {
            return MutationResult.Success(0);
        }

        State.Name = name ?? State.Name;
        State.Description = description ?? State.Description;
        await SaveAsync(pool);
        await GrainFactory.GetAccountRegionDirectory(Owner).UpdateAsync(ToSummary(pool));
        return MutationResult.Success(0);
    }

    public async Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_pool is not { } pool || !IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VSwitchNotFound(VSwitchId));
        }

        if (TagEdits.TryApply(State.Tags, change, out var changed) is { } refused)
        {
            return MutationResult.Failure(refused);
        }

        if (changed)
        {
            await SaveAsync(pool);
            await GrainFactory.GetAccountRegionDirectory(Owner).UpdateAsync(ToSummary(pool));
        }

        return MutationResult.Success(0);
    }

    public async Task<MutationResult> DeleteAsync(ResourceOwner caller)
    {
        if (_pool is null || !IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VSwitchNotFound(VSwitchId));
        }

        if (_pool.AllocatedCount > 0)
        {
            return MutationResult.Failure(NetworkErrors.VSwitchHasAddresses());
        }

        var owner = Owner;
        var vpcId = State.VpcId;
        await GrainFactory.GetGrain<IVpcGrain>(vpcId).UnregisterVSwitchAsync(VSwitchId);
        await state.ClearStateAsync();
        state.State = new VSwitchState();
        _pool = null;
        await GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.VSwitch, VSwitchId);
        return MutationResult.Success(0);
    }

    public async Task<Outcome<AddressAllocation>> AllocateAsync(ResourceOwner caller, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (_pool is null || !IsVisibleTo(caller))
        {
            return Outcomes.Failure<AddressAllocation>(NetworkErrors.VSwitchNotFound(VSwitchId));
        }

        var allocated = new List<NetworkAddress>(count);
        if (!_pool.TryAllocate(count, allocated))
        {
            return Outcomes.Failure<AddressAllocation>(NetworkErrors.IpNotEnough(VSwitchId));
        }

        await SaveAsync(_pool);
        return Outcomes.Success(new AddressAllocation([.. allocated]));
    }

    public async Task<Outcome<AddressAllocation>> AllocateSpecificAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses)
    {
        if (_pool is null || !IsVisibleTo(caller))
        {
            return Outcomes.Failure<AddressAllocation>(NetworkErrors.VSwitchNotFound(VSwitchId));
        }

        var pool = _pool;
        var claimed = new List<NetworkAddress>(addresses.Length);
        foreach (var address in addresses.IsDefault ? [] : addresses)
        {
            var claim = pool.TryClaim(address);
            if (claim != AddressClaim.Claimed)
            {
                // All or nothing: give back what this call took before the failing address.
                foreach (var taken in claimed)
                {
                    pool.Release(taken);
                }

                return Outcomes.Failure<AddressAllocation>(claim == AddressClaim.Taken
                    ? NetworkErrors.IpDuplicated(address)
                    : NetworkErrors.IpInvalid(address, pool.Cidr));
            }

            claimed.Add(address);
        }

        if (claimed.Count > 0)
        {
            await SaveAsync(pool);
        }

        return Outcomes.Success(new AddressAllocation([.. claimed]));
    }

    public async Task<MutationResult> ReleaseAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses)
    {
        if (_pool is null || !IsVisibleTo(caller))
        {
            return MutationResult.Failure(NetworkErrors.VSwitchNotFound(VSwitchId));
        }

        var released = 0;
        foreach (var address in addresses.IsDefault ? [] : addresses)
        {
            released += _pool.Release(address) ? 1 : 0;
        }

        if (released > 0)
        {
            await SaveAsync(_pool);
        }

        return MutationResult.Success(0);
    }

    private ResourceOwner Owner => new(State.AccountId, State.RegionId);

    private bool IsVisibleTo(ResourceOwner caller) => OwnerState.IsVisibleTo(State.Exists, State.AccountId, State.RegionId, caller);

    private bool IsSameSpec(VSwitchSpec spec) =>
        State.VpcId == spec.VpcId && State.ZoneId == spec.ZoneId && State.CidrBlock == spec.CidrBlock.ToString() &&
        State.Name == spec.Name && State.Description == spec.Description && State.ResourceGroupId == spec.ResourceGroupId &&
        State.Ipv6CidrBlockIndex == spec.Ipv6CidrBlockIndex && OwnerState.TagsEqual(State.Tags, spec.Tags);

    // Allocations interleave (the pool changes in one turn); concurrent ones share a write of the bitmap.
    private Task SaveAsync(AddressPool pool)
    {
        _commit ??= new GroupCommit(() =>
        {
            if (_pool is { } current)
            {
                State.AddressBits = current.ExportBits();
                State.AddressCursor = current.Cursor;
            }

            return state.WriteStateAsync();
        });
        State.AddressBits = pool.ExportBits();
        State.AddressCursor = pool.Cursor;
        return _commit.CommitAsync();
    }

    private VSwitchInfo ToInfo(AddressPool pool) => new()
    {
        VSwitchId = VSwitchId,
        Owner = Owner,
        VpcId = State.VpcId,
        ZoneId = State.ZoneId,
        CidrBlock = pool.Cidr,
        Name = State.Name,
        Description = State.Description,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        CreationTime = State.CreationTime,
        AvailableIpAddressCount = pool.AvailableCount,
        AllocatedIpAddressCount = pool.AllocatedCount,
        Ipv6CidrBlock = State.Ipv6CidrBlock is { } ipv6 ? IpCidr.Parse(ipv6) : null,
    };

    private ResourceSummary ToSummary(AddressPool pool) => new()
    {
        Id = VSwitchId,
        Kind = ResourceKind.VSwitch,
        VpcId = State.VpcId,
        VSwitchId = VSwitchId,
        ZoneId = State.ZoneId,
        Name = State.Name,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        CreationTime = State.CreationTime,
        Attributes = ImmutableDictionary<string, string>.Empty
            .Add("CidrBlock", pool.Cidr.ToString())
            .Add(NetworkResourceAttributes.EnableIpv6, State.Ipv6CidrBlock is null ? "false" : "true"),
    };
}
