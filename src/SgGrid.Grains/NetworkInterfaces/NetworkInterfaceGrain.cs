using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Placement;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Diagnostics;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Filters;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>
/// An ENI: attributes and addresses (persisted), its groups' latest snapshots and the compiled filters built from
/// them (derived). Group changes arrive as (group, version) and are applied before the notification returns; the
/// filter is rebuilt lazily, once per burst, from the per-silo content-addressed cache.
/// </summary>
[RandomPlacement] // spread ENIs over the silos: fan-out and evaluation load follow them
public sealed partial class NetworkInterfaceGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<NetworkInterfaceState> state,
    IOptions<SgGridGrainOptions> options,
    GroupSnapshotCache snapshots,
    CompiledFilterCache filters,
    GrainInstruments instruments,
    ILogger<NetworkInterfaceGrain> logger) : ScopedGrain, INetworkInterfaceGrain
{
    /// <summary>The resource id (the grain key without its scope).</summary>
    private string NetworkInterfaceId => ResourceId;

    private readonly SgGridGrainOptions _options = options.Value;
    private readonly Dictionary<string, GroupSnapshot> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> _joining = new(StringComparer.Ordinal);
    private NetworkInterfaceFilter? _filter;

    private NetworkInterfaceState State => state.State;


    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A (re)activated ENI pulls its groups' current snapshots: it may have missed notifications while inactive.
        if (State.Exists)
        {
            _hits.Import(State.RuleHits);
            foreach (var groupId in State.SecurityGroupIds)
            {
                var snapshot = await GrainFactory.GetGrain<ISecurityGroupGrain>(groupId).GetSnapshotAsync();
                if (snapshot is not null)
                {
                    _groups[groupId] = snapshots.Offer(Scope, snapshot);
                }
            }
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // With in-memory storage nothing outlives a shutdown, and the storage's own grains may already be gone.
        if (reason.ReasonCode != DeactivationReasonCode.ShuttingDown || !_options.VolatileStorage)
        {
            try
            {
                await SaveRuleHitsAsync();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Hit counts are statistics: losing the last ones must not fail the deactivation.
                LogRuleHitsNotSaved(exception, NetworkInterfaceId, reason.ReasonCode);
            }
        }

        filters.Release(_filter);
        _filter = null;
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task<Outcome<NetworkInterfaceInfo>> CreateAsync(NetworkInterfaceSpec spec, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        if (State.Exists)
        {
            return Outcomes.Failure<NetworkInterfaceInfo>(ResourceErrors.NetworkInterfaceAlreadyExists());
        }

        var groupIds = spec.SecurityGroupIds.IsDefault ? [] : spec.SecurityGroupIds;
        if (CheckGroupSet(spec.Owner, groupIds) is { } setError)
        {
            return Outcomes.Failure<NetworkInterfaceInfo>(setError);
        }

        NetworkAddress[] requested = [.. spec.PrimaryIpAddress is { } given ? [given] : Array.Empty<NetworkAddress>(), .. Or(spec.SecondaryIpAddresses), .. Or(spec.Ipv6Addresses)];
        if (requested.GroupBy(a => a).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            return Outcomes.Failure<NetworkInterfaceInfo>(ResourceErrors.DuplicatedAddress(duplicate.Key.ToString()));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(spec.SecondaryPrivateIpAddressCount);
        if (Or(spec.SecondaryIpAddresses).Length + spec.SecondaryPrivateIpAddressCount > NetworkInterfaceLimits.SecondaryPrivateIpAddresses)
        {
            return Outcomes.Failure<NetworkInterfaceInfo>(NetworkInterfaceErrors.TooManySecondaryAddresses(NetworkInterfaceLimits.SecondaryPrivateIpAddresses));
        }

        var vSwitch = await GrainFactory.GetGrain<IVSwitchGrain>(spec.VSwitchId).GetInfoAsync(spec.Owner);
        if (vSwitch is null)
        {
            return Outcomes.Failure<NetworkInterfaceInfo>(NetworkErrors.VSwitchNotFound(spec.VSwitchId));
        }

        if (vSwitch.VpcId != spec.VpcId)
        {
            return Outcomes.Failure<NetworkInterfaceInfo>(ResourceErrors.VSwitchInOtherVpc());
        }

        var ipv6 = Ipv6Addresses.Plan(vSwitch, Or(spec.Ipv6Addresses), spec.Ipv6AddressCount);
        if (!ipv6.Succeeded)
        {
            return Outcomes.Failure<NetworkInterfaceInfo>(ipv6.Errors);
        }

        state.State = new NetworkInterfaceState { VpcId = spec.VpcId };
        if (await CheckGroupsAsync(spec.Owner, groupIds) is { } groupError)
        {
            state.State = new NetworkInterfaceState();
            return Outcomes.Failure<NetworkInterfaceInfo>(groupError);
        }

        var claimed = await ClaimAddressesAsync(spec);
        if (!claimed.Succeeded)
        {
            state.State = new NetworkInterfaceState();
            return Outcomes.Failure<NetworkInterfaceInfo>(claimed.Errors);
        }

        var ipv4 = claimed.Value!.Addresses;
        state.State = new NetworkInterfaceState
        {
            Owner = spec.Owner,
            VpcId = spec.VpcId,
            VSwitchId = spec.VSwitchId,
            ZoneId = spec.ZoneId.Length > 0 ? spec.ZoneId : vSwitch.ZoneId,
            Type = spec.Type,
            InstanceId = spec.InstanceId,
            PrimaryIpAddress = ipv4[0],
            SecondaryIpAddresses = [.. ipv4.Skip(1)],
            Ipv6Addresses = [.. ipv6.Value!.Addresses],
            Name = spec.Name,
            Description = spec.Description,
            MacAddress = spec.MacAddress ?? NewMacAddress(),
            CreationTime = spec.CreationTime ?? DateTimeOffset.UtcNow,
            Tags = new Dictionary<string, string>(spec.Tags ?? ImmutableDictionary<string, string>.Empty, StringComparer.Ordinal),
            ResourceGroupId = spec.ResourceGroupId,
            DeleteOnRelease = spec.DeleteOnRelease,
        };

        var indexed = await GrainFactory.GetGrain<IVpcGrain>(spec.VpcId).RegisterAddressesAsync(spec.Owner, NetworkInterfaceId, PrivateAddresses());
        if (!indexed.Succeeded)
        {
            await AbandonAsync(ipv4, []);
            return Outcomes.Failure<NetworkInterfaceInfo>(indexed.Errors);
        }

        var joined = new List<string>();
        foreach (var groupId in groupIds)
        {
            var outcome = await JoinAsync(groupId, options);
            if (!outcome.Succeeded)
            {
                await AbandonAsync(ipv4, joined);
                return Outcomes.Failure<NetworkInterfaceInfo>(outcome.Errors);
            }

            joined.Add(groupId);
        }

        State.Exists = true;
        State.SecurityGroupIds = [.. groupIds];
        await state.WriteStateAsync();
        await GrainFactory.GetAccountRegionDirectory(spec.Owner).RegisterAsync(Summary());
        return Outcomes.Success(Info());
    }

    /// <summary>
    /// Claims the requested private IPv4 addresses from the vSwitch, all or none: the primary first (the given one, or the
    /// next free one), then the given secondaries, then <see cref="NetworkInterfaceSpec.SecondaryPrivateIpAddressCount"/>
    /// more of the next free ones.
    /// </summary>
    private async Task<Outcome<AddressAllocation>> ClaimAddressesAsync(NetworkInterfaceSpec spec)
    {
        var vSwitch = GrainFactory.GetGrain<IVSwitchGrain>(spec.VSwitchId);
        var secondaries = Or(spec.SecondaryIpAddresses);
        if (spec.PrimaryIpAddress is { } given)
        {
            var specific = await vSwitch.AllocateSpecificAsync(spec.Owner, [given, .. secondaries]);
            if (!specific.Succeeded || spec.SecondaryPrivateIpAddressCount == 0)
            {
                return specific;
            }

            var more = await vSwitch.AllocateAsync(spec.Owner, spec.SecondaryPrivateIpAddressCount);
            if (!more.Succeeded)
            {
                await vSwitch.ReleaseAsync(spec.Owner, specific.Value!.Addresses);
                return more;
            }

            return Outcomes.Success(new AddressAllocation([.. specific.Value!.Addresses, .. more.Value!.Addresses]));
        }

        // The given secondaries first, so that the next free address taken for the primary cannot be one of them.
        var claimed = ImmutableArray<NetworkAddress>.Empty;
        if (!secondaries.IsEmpty)
        {
            var specific = await vSwitch.AllocateSpecificAsync(spec.Owner, secondaries);
            if (!specific.Succeeded)
            {
                return specific;
            }

            claimed = specific.Value!.Addresses;
        }

        var next = await vSwitch.AllocateAsync(spec.Owner, 1 + spec.SecondaryPrivateIpAddressCount);
        if (!next.Succeeded)
        {
            await vSwitch.ReleaseAsync(spec.Owner, claimed);
            return next;
        }

        var free = next.Value!.Addresses;
        return Outcomes.Success(new AddressAllocation([free[0], .. claimed, .. free[1..]]));
    }

    /// <summary>Undoes a half-made creation: leaves the joined groups, drops the index entry, returns the addresses.</summary>
    private async Task AbandonAsync(ImmutableArray<NetworkAddress> ipv4, List<string> joinedGroups)
    {
        var owner = State.Owner!;
        foreach (var done in joinedGroups)
        {
            await GrainFactory.GetGrain<ISecurityGroupGrain>(done).RemoveMemberAsync(NetworkInterfaceId, MutationOptions.NoWait);
        }

        await GrainFactory.GetGrain<IVpcGrain>(State.VpcId).UnregisterAddressesAsync(NetworkInterfaceId);
        await GrainFactory.GetGrain<IVSwitchGrain>(State.VSwitchId).ReleaseAsync(owner, ipv4);
        _groups.Clear();
        filters.Release(_filter);
        _filter = null;
        state.State = new NetworkInterfaceState();
    }

    public Task<NetworkInterfaceInfo?> GetInfoAsync() => Task.FromResult(State.Exists ? Info() : null);

    public async Task<MutationResult> DeleteAsync(ResourceOwner caller, MutationOptions options)
    {
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (State.InstanceId is not null)
        {
            // DeleteNetworkInterface needs an Available ENI; the instance detaches its primary itself when deleted.
            return MutationResult.Failure(InstanceErrors.NetworkInterfaceAttached());
        }

        foreach (var groupId in State.SecurityGroupIds)
        {
            await LeaveAsync(groupId, options);
        }

        var owner = State.Owner!;
        await GrainFactory.GetGrain<IVpcGrain>(State.VpcId).UnregisterAddressesAsync(NetworkInterfaceId);
        await GrainFactory.GetGrain<IVSwitchGrain>(State.VSwitchId).ReleaseAsync(owner, [State.PrimaryIpAddress, .. State.SecondaryIpAddresses]);
        await GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.NetworkInterface, NetworkInterfaceId);
        await state.ClearStateAsync();
        state.State = new NetworkInterfaceState();
        filters.Release(_filter);
        _filter = null;
        _groups.Clear();
        DeactivateOnIdle();
        return MutationResult.Success(0);
    }

    public async Task<MutationResult> JoinSecurityGroupAsync(ResourceOwner caller, string securityGroupId, MutationOptions options)
    {
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (State.SecurityGroupIds.Contains(securityGroupId))
        {
            return MutationResult.Failure(ResourceErrors.AlreadyInGroup());
        }

        if (CheckGroupSet(State.Owner!, [.. State.SecurityGroupIds, securityGroupId]) is { } setError)
        {
            return MutationResult.Failure(setError);
        }

        if (await CheckGroupsAsync(State.Owner!, [.. State.SecurityGroupIds, securityGroupId]) is { } groupError)
        {
            return MutationResult.Failure(groupError);
        }

        var outcome = await JoinAsync(securityGroupId, options);
        if (!outcome.Succeeded)
        {
            return MutationResult.Failure(outcome.Errors);
        }

        State.SecurityGroupIds.Add(securityGroupId);
        await state.WriteStateAsync();
        await PublishSummaryAsync();
        return MutationResult.Success(outcome.Value!.Version);
    }

    public async Task<MutationResult> LeaveSecurityGroupAsync(ResourceOwner caller, string securityGroupId, MutationOptions options)
    {
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (!State.SecurityGroupIds.Contains(securityGroupId))
        {
            return MutationResult.Failure(ResourceErrors.NotInGroup());
        }

        if (State.SecurityGroupIds.Count == 1)
        {
            return MutationResult.Failure(ResourceErrors.LastGroup());
        }

        State.SecurityGroupIds.Remove(securityGroupId);
        await state.WriteStateAsync();
        await PublishSummaryAsync();
        var result = await LeaveAsync(securityGroupId, options);
        return MutationResult.Success(result.Version);
    }

    public async Task<MutationResult> ReplaceSecurityGroupsAsync(ResourceOwner caller, ImmutableArray<string> securityGroupIds, MutationOptions options)
    {
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var wanted = securityGroupIds.IsDefault ? [] : securityGroupIds;
        if (CheckGroupSet(State.Owner!, wanted) is { } setError)
        {
            return MutationResult.Failure(setError);
        }

        if (await CheckGroupsAsync(State.Owner!, wanted) is { } groupError)
        {
            return MutationResult.Failure(groupError);
        }

        // Join the new groups first, so the ENI is never without a group; then leave the dropped ones.
        var added = wanted.Where(g => !State.SecurityGroupIds.Contains(g)).ToArray();
        var dropped = State.SecurityGroupIds.Where(g => !wanted.Contains(g)).ToHashSet(StringComparer.Ordinal);
        var joined = new List<string>();
        foreach (var groupId in added)
        {
            var outcome = await JoinAsync(groupId, options, dropped);
            if (!outcome.Succeeded)
            {
                foreach (var done in joined)
                {
                    await LeaveAsync(done, MutationOptions.NoWait);
                }

                return MutationResult.Failure(outcome.Errors);
            }

            joined.Add(groupId);
        }

        var removed = State.SecurityGroupIds.Where(g => !wanted.Contains(g)).ToArray();
        State.SecurityGroupIds = [.. wanted];
        await state.WriteStateAsync();
        await PublishSummaryAsync();
        foreach (var groupId in removed)
        {
            await LeaveAsync(groupId, options);
        }

        _filter = Replace(_filter, null);
        return MutationResult.Success(0);
    }

    public async Task<MutationResult> AttachToInstanceAsync(ResourceOwner caller, string instanceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (State.InstanceId == instanceId)
        {
            return MutationResult.Success(0);
        }

        if (State.InstanceId is not null)
        {
            return MutationResult.Failure(InstanceErrors.NetworkInterfaceAttached());
        }

        return await SetInstanceAsync(instanceId);
    }

    public async Task<MutationResult> DetachFromInstanceAsync(ResourceOwner caller, string instanceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (State.InstanceId is null)
        {
            return MutationResult.Success(0);
        }

        if (State.InstanceId != instanceId)
        {
            return MutationResult.Failure(InstanceErrors.NetworkInterfaceNotAttached());
        }

        return await SetInstanceAsync(null);
    }

    /// <summary>Records the attachment (the status follows from it) and shows it in the tenant's directory.</summary>
    private async Task<MutationResult> SetInstanceAsync(string? instanceId)
    {
        State.InstanceId = instanceId;
        await state.WriteStateAsync();
        await PublishSummaryAsync();
        return MutationResult.Success(0);
    }

    public async Task<MutationResult> ModifyAttributesAsync(ResourceOwner caller, NetworkInterfaceAttributeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        State.Name = change.Name ?? State.Name;
        State.Description = change.Description ?? State.Description;
        State.DeleteOnRelease = change.DeleteOnRelease ?? State.DeleteOnRelease;
        await state.WriteStateAsync();
        await PublishSummaryAsync();
        return MutationResult.Success(0);
    }

    /// <summary>Shows the ENI's current filter fields in the tenant's directory (Describe* filter and page on them).</summary>
    private async Task PublishSummaryAsync() => await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());

    public async Task<MutationResult> AssignPrivateAddressesAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses, MutationOptions options)
    {
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var given = addresses.IsDefault ? [] : addresses;
        var held = AllAddresses().ToHashSet();
        foreach (var address in given)
        {
            if (!held.Add(address))
            {
                return MutationResult.Failure(ResourceErrors.DuplicatedAddress(address.ToString()));
            }
        }

        ImmutableArray<NetworkAddress> ipv4 = [.. given.Where(a => a.Family == IpFamily.IPv4)];
        if (State.SecondaryIpAddresses.Count + ipv4.Length > NetworkInterfaceLimits.SecondaryPrivateIpAddresses)
        {
            return MutationResult.Failure(NetworkInterfaceErrors.TooManySecondaryAddresses(NetworkInterfaceLimits.SecondaryPrivateIpAddresses));
        }

        var vSwitch = GrainFactory.GetGrain<IVSwitchGrain>(State.VSwitchId);
        if (!ipv4.IsEmpty)
        {
            var claimed = await vSwitch.AllocateSpecificAsync(State.Owner!, ipv4);
            if (!claimed.Succeeded)
            {
                return MutationResult.Failure(claimed.Errors);
            }
        }

        var added = await AddAddressesAsync(given);
        if (!added.Succeeded)
        {
            await vSwitch.ReleaseAsync(State.Owner!, ipv4);
            return added;
        }

        return await AnnounceAddressesAsync(options);
    }

    public async Task<Outcome<AddressAllocation>> AssignPrivateAddressCountAsync(ResourceOwner caller, int count, MutationOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (CheckOwner(caller) is { } error)
        {
            return Outcomes.Failure<AddressAllocation>(error);
        }

        if (State.SecondaryIpAddresses.Count + count > NetworkInterfaceLimits.SecondaryPrivateIpAddresses)
        {
            return Outcomes.Failure<AddressAllocation>(NetworkInterfaceErrors.TooManySecondaryAddresses(NetworkInterfaceLimits.SecondaryPrivateIpAddresses));
        }

        var vSwitch = GrainFactory.GetGrain<IVSwitchGrain>(State.VSwitchId);
        var allocated = await vSwitch.AllocateAsync(State.Owner!, count);
        if (!allocated.Succeeded)
        {
            return allocated;
        }

        var addresses = allocated.Value!.Addresses;
        var added = await AddAddressesAsync(addresses);
        if (!added.Succeeded)
        {
            await vSwitch.ReleaseAsync(State.Owner!, addresses);
            return Outcomes.Failure<AddressAllocation>(added.Errors);
        }

        var announced = await AnnounceAddressesAsync(options);
        return announced.Succeeded ? allocated : Outcomes.Failure<AddressAllocation>(announced.Errors);
    }

    /// <summary>
    /// Records addresses (claimed from the vSwitch already, for IPv4) once the VPC's address index accepts them: an address
    /// another ENI of the VPC holds (IPv6 ones are not claimed anywhere else) refuses the whole change.
    /// </summary>
    private async Task<MutationResult> AddAddressesAsync(ImmutableArray<NetworkAddress> addresses)
    {
        var wanted = AddressSet.FromAddresses([.. AllAddresses(), .. addresses]);
        var indexed = await GrainFactory.GetGrain<IVpcGrain>(State.VpcId).RegisterAddressesAsync(State.Owner!, NetworkInterfaceId, wanted);
        if (!indexed.Succeeded)
        {
            return indexed;
        }

        foreach (var address in addresses)
        {
            (address.Family == IpFamily.IPv4 ? State.SecondaryIpAddresses : State.Ipv6Addresses).Add(address);
        }

        await state.WriteStateAsync();
        await PublishSummaryAsync();
        return MutationResult.Success(0);
    }

    public async Task<MutationResult> UnassignPrivateAddressesAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses, MutationOptions options)
    {
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var given = addresses.IsDefault ? [] : addresses;
        foreach (var address in given)
        {
            if (!State.SecondaryIpAddresses.Contains(address) && !State.Ipv6Addresses.Contains(address))
            {
                return MutationResult.Failure(ResourceErrors.AddressNotAssigned(address.ToString()));
            }
        }

        foreach (var address in given)
        {
            State.SecondaryIpAddresses.Remove(address);
            State.Ipv6Addresses.Remove(address);
        }

        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IVSwitchGrain>(State.VSwitchId).ReleaseAsync(State.Owner!, [.. given.Where(a => a.Family == IpFamily.IPv4).Distinct()]);
        await GrainFactory.GetGrain<IVpcGrain>(State.VpcId).RegisterAddressesAsync(State.Owner!, NetworkInterfaceId, PrivateAddresses());
        await PublishSummaryAsync();
        return await AnnounceAddressesAsync(options);
    }

    public async Task GroupChangedAsync(string securityGroupId, long version)
    {
        // A group being joined is in _groups before it is in the persisted list: its news must not be dropped,
        // or ENIs joining one group at the same time would miss each other's addresses.
        var member = State.SecurityGroupIds.Contains(securityGroupId) || _groups.ContainsKey(securityGroupId) || _joining.Contains(securityGroupId);
        if (!member || (_groups.TryGetValue(securityGroupId, out var current) && current.Version >= version))
        {
            return;
        }

        var snapshot = await snapshots.GetAsync(Scope, securityGroupId, version);
        if (snapshot is not null && (!_groups.TryGetValue(securityGroupId, out current) || current.Version < snapshot.Version))
        {
            _groups[securityGroupId] = snapshot;
        }
    }

    public async Task<Outcome<SideExplanation>> EvaluateAsync(Direction direction, Flow flow)
    {
        if (!State.Exists)
        {
            return Outcomes.Failure<SideExplanation>(ResourceErrors.NetworkInterfaceNotFound());
        }

        var filter = await CurrentFilterAsync();
        if (filter is null)
        {
            return Outcomes.Failure<SideExplanation>(new EcsError(EcsErrorCodes.SecurityGroupTypeMismatch,
                "The network interface's security groups cannot be combined into one policy."));
        }

        var decision = filter.For(direction).Evaluate(flow);
        _hits.Count(filter, direction, decision);
        instruments.FlowsEvaluated.Add(1, Tag(direction), new KeyValuePair<string, object?>("verdict", decision.Allowed ? "allow" : "deny"));
        return Outcomes.Success(SideExplanation.From(decision, filter.Policy.For(direction).Explain(decision), filter.Key));
    }

    public async Task<FilterDecision[]> EvaluateBatchAsync(Direction direction, Flow[] flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var filter = State.Exists ? await CurrentFilterAsync() : null;
        if (filter is null)
        {
            throw new InvalidOperationException($"Network interface {NetworkInterfaceId} has no usable filter.");
        }

        var decisions = new FilterDecision[flows.Length];
        filter.For(direction).Evaluate(flows, decisions);
        _hits.Count(filter, direction, decisions);
        var allowed = 0;
        foreach (var decision in decisions)
        {
            allowed += decision.Allowed ? 1 : 0;
        }

        instruments.FlowsEvaluated.Add(allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "allow"));
        instruments.FlowsEvaluated.Add(flows.Length - allowed, Tag(direction), new KeyValuePair<string, object?>("verdict", "deny"));
        return decisions;
    }

    public Task<ImmutableDictionary<string, long>> GetAppliedVersionsAsync()
    {
        RefreshFromSilo();
        return Task.FromResult(_groups.ToImmutableDictionary(g => g.Key, g => g.Value.Version, StringComparer.Ordinal));
    }

    /// <summary>
    /// Takes the newer snapshots the silo's cache holds for this ENI's groups: a group's change reaches the silo once and
    /// its members here, in memory, without a call each (docs/fan-out.md). Called before anything reads <see cref="_groups"/>.
    /// </summary>
    private void RefreshFromSilo()
    {
        List<GroupSnapshot>? newer = null;
        foreach (var (groupId, current) in _groups)
        {
            if (snapshots.TryGetNewer(Scope, groupId, current.Version, out var snapshot))
            {
                (newer ??= []).Add(snapshot);
            }
        }

        foreach (var snapshot in newer ?? [])
        {
            _groups[snapshot.GroupId] = snapshot;
        }
    }

    private static KeyValuePair<string, object?> Tag(Direction direction) =>
        new("direction", direction == Direction.Ingress ? "ingress" : "egress");

    private static ImmutableArray<NetworkAddress> Or(ImmutableArray<NetworkAddress> addresses) => addresses.IsDefault ? [] : addresses;

    private static string NewMacAddress()
    {
        Span<byte> bytes = stackalloc byte[3];
        RandomNumberGenerator.Fill(bytes);
        return $"00:16:3e:{bytes[0]:x2}:{bytes[1]:x2}:{bytes[2]:x2}";
    }

    private IEnumerable<NetworkAddress> AllAddresses() =>
        [State.PrimaryIpAddress, .. State.SecondaryIpAddresses, .. State.Ipv6Addresses];

    private AddressSet PrivateAddresses() => AddressSet.FromAddresses(AllAddresses());

    private NetworkInterfaceInfo Info() => new()
    {
        NetworkInterfaceId = NetworkInterfaceId,
        Owner = State.Owner!,
        VpcId = State.VpcId,
        VSwitchId = State.VSwitchId,
        ZoneId = State.ZoneId,
        Type = State.Type,
        InstanceId = State.InstanceId,
        PrimaryIpAddress = State.PrimaryIpAddress,
        SecondaryIpAddresses = [.. State.SecondaryIpAddresses],
        Ipv6Addresses = [.. State.Ipv6Addresses],
        SecurityGroupIds = [.. State.SecurityGroupIds],
        Name = State.Name,
        Description = State.Description,
        Status = State.InstanceId is null ? "Available" : "InUse",
        MacAddress = State.MacAddress,
        CreationTime = State.CreationTime,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        ResourceGroupId = State.ResourceGroupId,
        DeleteOnRelease = State.DeleteOnRelease,
    };

    private ResourceSummary Summary() => new()
    {
        Id = NetworkInterfaceId,
        Kind = ResourceKind.NetworkInterface,
        VpcId = State.VpcId,
        VSwitchId = State.VSwitchId,
        ZoneId = State.ZoneId,
        InstanceId = State.InstanceId,
        Name = State.Name,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        CreationTime = State.CreationTime,
        Attributes = ImmutableDictionary<string, string>.Empty
            .Add("Type", State.Type.ToString())
            .Add("Status", State.InstanceId is null ? "Available" : "InUse")
            .Add("PrimaryIpAddress", State.PrimaryIpAddress.ToString()),
        AttributeSets = ImmutableDictionary<string, ImmutableArray<string>>.Empty
            .Add("SecurityGroupId", [.. State.SecurityGroupIds])
            .Add("PrivateIpAddress", [State.PrimaryIpAddress.ToString(), .. State.SecondaryIpAddresses.Select(a => a.ToString())])
            .Add("Ipv6Address", [.. State.Ipv6Addresses.Select(a => a.ToString())]),
    };

    private EcsError? CheckOwner(ResourceOwner caller) =>
        State.Exists && State.Owner == caller
            ? null
            : ResourceErrors.NetworkInterfaceNotFound();

    private EcsError? CheckGroupSet(ResourceOwner owner, IReadOnlyCollection<string> groupIds)
    {
        if (groupIds.Count == 0)
        {
            return new EcsError(EcsErrorCodes.MissingSecurityGroup, "An instance or network interface must belong to at least one security group.");
        }

        if (groupIds.Distinct(StringComparer.Ordinal).Count() != groupIds.Count)
        {
            return ResourceErrors.DuplicateGroupIds();
        }

        var limit = _options.QuotasFor(owner.AccountId).GroupsPerNetworkInterface;
        return groupIds.Count > limit ? ResourceErrors.TooManyGroups(limit) : null;
    }

    /// <summary>All groups exist for the tenant, sit in the ENI's VPC, and are of one type.</summary>
    private async Task<EcsError?> CheckGroupsAsync(ResourceOwner owner, IReadOnlyCollection<string> groupIds)
    {
        Domain.SecurityGroups.SecurityGroupType? type = null;
        foreach (var groupId in groupIds)
        {
            var info = await GrainFactory.GetGrain<ISecurityGroupGrain>(groupId).GetInfoAsync();
            if (info is null || info.Owner != owner)
            {
                return ResourceErrors.SecurityGroupNotFound();
            }

            if (info.ServiceManaged)
            {
                return ResourceErrors.Managed(groupId);
            }

            if (info.VpcId != State.VpcId)
            {
                return ResourceErrors.GroupInOtherVpc();
            }

            if (type is not null && type != info.Type)
            {
                return new EcsError(EcsErrorCodes.SecurityGroupTypeMismatch,
                    "A network interface cannot be associated with both basic and advanced security groups.");
            }

            type = info.Type;
        }

        // D5's per-ENI rule limit is decided by each join, on the weight the group answers it (NetworkInterfaceGrain.Quotas.cs).
        return null;
    }

    /// <summary>
    /// Adds this ENI to a group and keeps the returned snapshot; waits for the group's convergence if asked. Refused, and left
    /// again, when the ENI's groups would then weigh more than the per-ENI rule limit (the groups in <paramref name="leaving"/>
    /// left out: a replacement leaves them next).
    /// </summary>
    private async Task<Outcome<GroupSnapshot>> JoinAsync(string groupId, MutationOptions options, IReadOnlySet<string>? leaving = null)
    {
        var group = GrainFactory.GetGrain<ISecurityGroupGrain>(groupId);
        // The group's mutation returns at once; the wait for the other members interleaves, so joins to one group
        // are serialized only for their bookkeeping and the group's fan-out rounds coalesce them.
        Outcome<GroupSnapshot> outcome;
        _joining.Add(groupId);
        try
        {
            outcome = await group.AddMemberAsync(State.Owner!, State.VpcId, NetworkInterfaceId, PrivateAddresses(), MutationOptions.NoWait);
        }
        finally
        {
            _joining.Remove(groupId);
        }

        if (outcome.Succeeded)
        {
            // A newer version may have arrived (GroupChangedAsync) while the join was in flight; keep the newest.
            var joined = snapshots.Offer(Scope, outcome.Value!);
            if (!_groups.TryGetValue(groupId, out var newer) || newer.Version < joined.Version)
            {
                _groups[groupId] = joined;
            }

            if (RuleWeightExceeded(leaving) is { } limitError)
            {
                _groups.Remove(groupId);
                await group.RemoveMemberAsync(NetworkInterfaceId, MutationOptions.NoWait);
                return Outcomes.Failure<GroupSnapshot>(limitError);
            }

            _filter = Replace(_filter, null);
            if (options.WaitForConvergence)
            {
                await group.WaitForConvergenceAsync(outcome.Value!.Version);
            }
        }
        else if (!State.SecurityGroupIds.Contains(groupId))
        {
            _groups.Remove(groupId);
        }

        return outcome;
    }

    private async Task<MutationResult> LeaveAsync(string groupId, MutationOptions options)
    {
        _groups.Remove(groupId);
        _filter = Replace(_filter, null);
        // Hits count for a group while the ENI is its member (docs/semantics.md, "Rule hits"): counts kept outside the group
        // would miss its resets and come back on a later join.
        var hadHits = _hits.Reset(groupId);
        var group = GrainFactory.GetGrain<ISecurityGroupGrain>(groupId);
        var result = await group.RemoveMemberAsync(NetworkInterfaceId, MutationOptions.NoWait);
        if (hadHits)
        {
            await SaveRuleHitsAsync();
        }

        if (options.WaitForConvergence && result.Succeeded)
        {
            await group.WaitForConvergenceAsync(result.Version);
        }

        return result;
    }

    private async Task<MutationResult> AnnounceAddressesAsync(MutationOptions options)
    {
        var addresses = PrivateAddresses();
        long version = 0;
        foreach (var groupId in State.SecurityGroupIds)
        {
            var group = GrainFactory.GetGrain<ISecurityGroupGrain>(groupId);
            var outcome = await group.AddMemberAsync(State.Owner!, State.VpcId, NetworkInterfaceId, addresses, MutationOptions.NoWait);
            if (!outcome.Succeeded)
            {
                return MutationResult.Failure(outcome.Errors);
            }

            _groups[groupId] = snapshots.Offer(Scope, outcome.Value!);
            version = Math.Max(version, outcome.Value!.Version);
            if (options.WaitForConvergence)
            {
                await group.WaitForConvergenceAsync(outcome.Value!.Version);
            }
        }

        _filter = Replace(_filter, null);
        return MutationResult.Success(version);
    }

    /// <summary>The filter for the groups' newest snapshots; rebuilt (or fetched from the silo cache) when they moved.</summary>
    private async Task<NetworkInterfaceFilter?> CurrentFilterAsync()
    {
        RefreshFromSilo();
        var ordered = new List<GroupSnapshot>(State.SecurityGroupIds.Count);
        foreach (var groupId in State.SecurityGroupIds)
        {
            if (!_groups.TryGetValue(groupId, out var snapshot))
            {
                snapshot = await snapshots.GetAsync(Scope, groupId, 0);
                if (snapshot is null)
                {
                    continue; // a group deleted under us: it no longer contributes rules
                }

                _groups[groupId] = snapshot;
            }

            ordered.Add(snapshot);
        }

        var key = CompiledFilterCache.KeyOf(Scope, ordered);
        if (_filter is not null && _filter.Key == key)
        {
            return _filter;
        }

        var filter = filters.Acquire(Scope, ordered, out var error);
        if (filter is null)
        {
            LogFilterFailed(NetworkInterfaceId, error?.Message ?? "");
            return null;
        }

        _filter = Replace(_filter, filter);
        return _filter;
    }

    private NetworkInterfaceFilter? Replace(NetworkInterfaceFilter? old, NetworkInterfaceFilter? replacement)
    {
        if (!ReferenceEquals(old, replacement))
        {
            filters.Release(old);
        }

        return replacement;
    }
}
