using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Errors;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Scenarios;
using SgGrid.Grains.SecurityGroups;

namespace SgGrid.Grains.Instances;

/// <summary>
/// An instance: attributes and the ids of its ENIs, persisted. It owns its primary ENI (created and deleted with it);
/// groups, addresses and verdicts are the ENIs' business, so this grain is off the evaluation path.
/// </summary>
public sealed partial class InstanceGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<InstanceState> state,
    IOptions<SgGridGrainOptions> grainOptions,
    IOptions<InstanceOptions> instanceOptions) : ScopedGrain, IInstanceGrain
{
    /// <summary>The resource id (the grain key without its scope).</summary>
    private string InstanceId => ResourceId;

    private readonly SgGridGrainOptions _grainOptions = grainOptions.Value;
    private readonly InstanceOptions _options = instanceOptions.Value;

    private InstanceState State => state.State;


    public async Task<Outcome<InstanceInfo>> CreateAsync(InstanceSpec spec, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        if (State.Exists)
        {
            return Outcomes.Failure<InstanceInfo>(InstanceErrors.InstanceAlreadyExists());
        }

        var vSwitch = await GrainFactory.GetGrain<IVSwitchGrain>(spec.VSwitchId).GetInfoAsync(spec.Owner);
        if (vSwitch is null)
        {
            return Outcomes.Failure<InstanceInfo>(NetworkErrors.VSwitchNotFound(spec.VSwitchId));
        }

        var vpcId = spec.VpcId.Length > 0 ? spec.VpcId : vSwitch.VpcId;
        if (vSwitch.VpcId != vpcId)
        {
            return Outcomes.Failure<InstanceInfo>(ResourceErrors.VSwitchInOtherVpc());
        }

        if (spec.ZoneId.Length > 0 && spec.ZoneId != vSwitch.ZoneId)
        {
            return Outcomes.Failure<InstanceInfo>(InstanceErrors.VSwitchInOtherZone());
        }

        var groupIds = spec.SecurityGroupIds.IsDefaultOrEmpty ? [] : spec.SecurityGroupIds;
        if (groupIds.IsEmpty)
        {
            var defaultGroup = await DefaultSecurityGroupProvisioner.EnsureAsync(
                GrainFactory, spec.Owner, vpcId, _grainOptions.Emulation.DefaultSecurityGroup);
            if (!defaultGroup.Succeeded)
            {
                return Outcomes.Failure<InstanceInfo>(defaultGroup.Errors);
            }

            groupIds = [defaultGroup.Value!];
        }

        // The ENI validates the groups and claims the address; its errors are RunInstances' errors, and it undoes its own
        // half-made creation, so on failure there is nothing to roll back here.
        var primaryId = spec.PrimaryNetworkInterfaceId ?? ResourceIds.NewNetworkInterfaceId(Random.Shared);
        var own = spec.PrimaryNetworkInterface;
        var primary = GrainFactory.GetGrain<INetworkInterfaceGrain>(primaryId);
        var created = await primary.CreateAsync(new NetworkInterfaceSpec
        {
            Owner = spec.Owner,
            VpcId = vpcId,
            VSwitchId = spec.VSwitchId,
            ZoneId = vSwitch.ZoneId,
            Type = NetworkInterfaceType.Primary,
            InstanceId = InstanceId,
            PrimaryIpAddress = spec.PrimaryIpAddress,
            Ipv6Addresses = spec.Ipv6Addresses.IsDefault ? [] : spec.Ipv6Addresses,
            Ipv6AddressCount = spec.Ipv6AddressCount,
            SecondaryPrivateIpAddressCount = spec.SecondaryPrivateIpAddressCount,
            SecondaryIpAddresses = own?.SecondaryIpAddresses ?? [],
            SecurityGroupIds = groupIds,
            Tags = own?.Tags ?? spec.Tags,
            ResourceGroupId = own?.ResourceGroupId ?? spec.ResourceGroupId,
            Name = own?.Name ?? "",
            Description = own?.Description ?? "",
            MacAddress = own?.MacAddress,
            CreationTime = own?.CreationTime,
            DeleteOnRelease = true,
        }, options);
        if (!created.Succeeded)
        {
            return Outcomes.Failure<InstanceInfo>(created.Errors);
        }

        var eni = created.Value!;
        state.State = new InstanceState
        {
            Exists = true,
            Owner = spec.Owner,
            VpcId = vpcId,
            VSwitchId = spec.VSwitchId,
            ZoneId = vSwitch.ZoneId,
            InstanceType = spec.InstanceType,
            Name = spec.Name.Length > 0 ? spec.Name : InstanceId,
            Description = spec.Description,
            ImageId = spec.ImageId,
            PrimaryNetworkInterfaceId = primaryId,
            PrimaryIpAddress = eni.PrimaryIpAddress,
            Tags = new Dictionary<string, string>(spec.Tags, StringComparer.Ordinal),
            CreationTime = spec.CreationTime ?? DateTimeOffset.UtcNow,
            HostName = spec.HostName.Length > 0 ? spec.HostName : DefaultHostName(InstanceId),
            ResourceGroupId = spec.ResourceGroupId,
        };
        try
        {
            await state.WriteStateAsync();
            await GrainFactory.GetAccountRegionDirectory(spec.Owner).RegisterAsync(Summary());
        }
        catch
        {
            state.State = new InstanceState();
            await primary.DeleteAsync(spec.Owner, MutationOptions.NoWait);
            throw;
        }

        return Outcomes.Success(Info(eni));
    }

    public async Task<InstanceInfo?> GetInfoAsync()
    {
        if (!State.Exists)
        {
            return null;
        }

        return Info(await GrainFactory.GetGrain<INetworkInterfaceGrain>(State.PrimaryNetworkInterfaceId).GetInfoAsync());
    }

    public async Task<MutationResult> DeleteAsync(ResourceOwner caller, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var owner = State.Owner!;
        foreach (var secondaryId in State.SecondaryNetworkInterfaceIds.ToArray())
        {
            var secondary = GrainFactory.GetGrain<INetworkInterfaceGrain>(secondaryId);
            var detached = await secondary.DetachFromInstanceAsync(owner, InstanceId);
            if (!detached.Succeeded && detached.Errors[0].Code != EcsErrorCodes.NetworkInterfaceNotFound)
            {
                return detached; // a bug: nobody else may change the attachment
            }

            // DeleteOnRelease ENIs go with the instance; the others stay, Available.
            if (detached.Succeeded && (await secondary.GetInfoAsync())?.DeleteOnRelease == true)
            {
                var deleted = await secondary.DeleteAsync(owner, options);
                if (!deleted.Succeeded && deleted.Errors[0].Code != EcsErrorCodes.NetworkInterfaceNotFound)
                {
                    return deleted;
                }
            }

            State.SecondaryNetworkInterfaceIds.Remove(secondaryId);
        }

        // Detached first, so the primary ENI is deleted as an Available one, as DeleteNetworkInterface expects.
        var primary = GrainFactory.GetGrain<INetworkInterfaceGrain>(State.PrimaryNetworkInterfaceId);
        var released = await primary.DetachFromInstanceAsync(owner, InstanceId);
        if (released.Succeeded)
        {
            released = await primary.DeleteAsync(owner, options);
        }

        if (!released.Succeeded && released.Errors[0].Code != EcsErrorCodes.NetworkInterfaceNotFound)
        {
            await state.WriteStateAsync();
            return released;
        }

        await GrainFactory.GetAccountRegionDirectory(owner).UnregisterAsync(ResourceKind.Instance, InstanceId);
        await state.ClearStateAsync();
        state.State = new InstanceState();
        DeactivateOnIdle();
        return MutationResult.Success(0);
    }

    public async Task<MutationResult> AttachNetworkInterfaceAsync(ResourceOwner caller, string networkInterfaceId, MutationOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(networkInterfaceId);
        ArgumentNullException.ThrowIfNull(options);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        var eni = GrainFactory.GetGrain<INetworkInterfaceGrain>(networkInterfaceId);
        var info = await eni.GetInfoAsync();
        if (info is null || !SameTenant(info.Owner, caller))
        {
            return MutationResult.Failure(ResourceErrors.NetworkInterfaceNotFound());
        }

        if (info.Type != NetworkInterfaceType.Secondary)
        {
            return MutationResult.Failure(InstanceErrors.NotSecondary());
        }

        if (info.InstanceId is not null)
        {
            return MutationResult.Failure(InstanceErrors.NetworkInterfaceAttached());
        }

        if (info.VpcId != State.VpcId)
        {
            return MutationResult.Failure(InstanceErrors.NetworkInterfaceInOtherVpc());
        }

        if (info.ZoneId != State.ZoneId)
        {
            return MutationResult.Failure(InstanceErrors.NetworkInterfaceInOtherZone());
        }

        if (1 + State.SecondaryNetworkInterfaceIds.Count >= _options.NetworkInterfacesPerInstance)
        {
            return MutationResult.Failure(InstanceErrors.TooManyNetworkInterfaces(_options.NetworkInterfacesPerInstance));
        }

        // The ENI decides the race between two instances attaching it at once.
        var attached = await eni.AttachToInstanceAsync(caller, InstanceId);
        if (!attached.Succeeded)
        {
            return attached;
        }

        State.SecondaryNetworkInterfaceIds.Add(networkInterfaceId);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            State.SecondaryNetworkInterfaceIds.Remove(networkInterfaceId);
            await eni.DetachFromInstanceAsync(caller, InstanceId);
            throw;
        }

        return MutationResult.Success(0);
    }

    public async Task<MutationResult> DetachNetworkInterfaceAsync(ResourceOwner caller, string networkInterfaceId, MutationOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(networkInterfaceId);
        ArgumentNullException.ThrowIfNull(options);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (networkInterfaceId == State.PrimaryNetworkInterfaceId)
        {
            return MutationResult.Failure(InstanceErrors.DetachPrimary());
        }

        var eni = GrainFactory.GetGrain<INetworkInterfaceGrain>(networkInterfaceId);
        if (!State.SecondaryNetworkInterfaceIds.Contains(networkInterfaceId))
        {
            var info = await eni.GetInfoAsync();
            return MutationResult.Failure(info is null || !SameTenant(info.Owner, caller)
                ? ResourceErrors.NetworkInterfaceNotFound()
                : InstanceErrors.NetworkInterfaceNotAttached());
        }

        var detached = await eni.DetachFromInstanceAsync(caller, InstanceId);
        if (!detached.Succeeded && detached.Errors[0].Code != EcsErrorCodes.NetworkInterfaceNotFound)
        {
            return detached;
        }

        State.SecondaryNetworkInterfaceIds.Remove(networkInterfaceId);
        await state.WriteStateAsync();
        return MutationResult.Success(0);
    }

    public Task<MutationResult> ReplaceSecurityGroupsAsync(ResourceOwner caller, ImmutableArray<string> securityGroupIds, MutationOptions options)
    {
        if (CheckOwner(caller) is { } error)
        {
            return Task.FromResult(MutationResult.Failure(error));
        }

        return GrainFactory.GetGrain<INetworkInterfaceGrain>(State.PrimaryNetworkInterfaceId).ReplaceSecurityGroupsAsync(caller, securityGroupIds, options);
    }

    private EcsError? CheckOwner(ResourceOwner caller) =>
        State.Exists && SameTenant(State.Owner!, caller) ? null : InstanceErrors.InstanceNotFound();

    private static bool SameTenant(ResourceOwner owner, ResourceOwner caller) =>
        caller is not null && owner == caller;

    private InstanceInfo Info(NetworkInterfaceInfo? primary) => new()
    {
        InstanceId = InstanceId,
        Owner = State.Owner!,
        VpcId = State.VpcId,
        VSwitchId = State.VSwitchId,
        ZoneId = State.ZoneId,
        Status = CurrentStatus(),
        DeletionProtection = State.DeletionProtection,
        PrimaryNetworkInterfaceId = State.PrimaryNetworkInterfaceId,
        SecondaryNetworkInterfaceIds = [.. State.SecondaryNetworkInterfaceIds],
        PrivateIpAddresses = primary is null ? [State.PrimaryIpAddress] : [primary.PrimaryIpAddress, .. primary.SecondaryIpAddresses],
        SecurityGroupIds = primary?.SecurityGroupIds ?? [],
        Name = State.Name,
        Description = State.Description,
        InstanceType = State.InstanceType,
        ImageId = State.ImageId,
        CreationTime = State.CreationTime,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        HostName = State.HostName,
        ResourceGroupId = State.ResourceGroupId,
    };

    /// <summary>ECS's default host name: <c>iZ</c>, the id without its <c>i-</c>, <c>Z</c>.</summary>
    private static string DefaultHostName(string instanceId) => $"iZ{instanceId[ResourceIds.InstancePrefix.Length..]}Z";

    private ResourceSummary Summary() => new()
    {
        Id = InstanceId,
        Kind = ResourceKind.Instance,
        VpcId = State.VpcId,
        VSwitchId = State.VSwitchId,
        ZoneId = State.ZoneId,
        Name = State.Name,
        ResourceGroupId = State.ResourceGroupId,
        Tags = State.Tags.ToImmutableDictionary(StringComparer.Ordinal),
        CreationTime = State.CreationTime,
        Attributes = ImmutableDictionary<string, string>.Empty
            .Add("Status", CurrentStatus())
            .Add("InstanceType", State.InstanceType)
            .Add("InstanceTypeFamily", InstanceTypes.FamilyOf(State.InstanceType))
            .Add("ImageId", State.ImageId)
            .Add("InstanceNetworkType", "vpc")
            .Add("PrivateIpAddress", State.PrimaryIpAddress.ToString()),
    };
}
