using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.VSwitches;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// RunInstances: <c>Amount</c> (1-100) Running instances in a vSwitch, each its own grain with a primary ENI in the given
/// security groups, plus the secondary ENIs <c>NetworkInterface.N</c> asks for (created and attached, or existing ones
/// attached). A security group is required (<c>SecurityGroupId</c>, <c>SecurityGroupIds.N</c> or the primary
/// <c>NetworkInterface.N</c>'s), as the SDK documents it without a launch template; the VPC default group (D8) is the
/// console's path, not the API's (docs/semantics.md).
/// </summary>
/// <remarks>
/// <para>
/// <c>ImageId</c> and <c>InstanceType</c> are required, as ECS requires them without a launch template (SgGrid has no launch
/// templates: <c>InvalidLaunchTemplate.NotFound</c>); the image is not checked, the type only for its <c>ecs.family.size</c>
/// shape. Disks, passwords, billing and bandwidth parameters are accepted and ignored: SgGrid emulates the network only.
/// </para>
/// <para>
/// All or nothing: the request is validated as a whole first (DryRun stops there), then instances are launched one after
/// another; when one fails, every instance (and secondary ENI) this call made is deleted again and the error answered —
/// unless <c>MinAmount</c> instances are complete, which are then kept and answered. With <c>Amount</c> &gt; 1,
/// <c>PrivateIpAddress</c> gives the first of consecutive addresses.
/// </para>
/// </remarks>
public sealed class RunInstances : IRpcAction
{
    public const int MaxAmount = 100;

    /// <summary>NetworkInterface.N entries: the primary one and up to 7 secondary ones (ENIs per instance).</summary>
    public const int MaxNetworkInterfaces = 8;

    public string Name => nameof(RunInstances);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var imageId = reader.Optional("ImageId", 256);
        var instanceType = reader.Optional("InstanceType", 64);
        var launchTemplate = reader.Optional("LaunchTemplateId", 64) ?? reader.Optional("LaunchTemplateName", 256);
        var topVSwitchId = reader.Optional("VSwitchId", TenantRegion.MaxIdLength);
        var zoneId = reader.Optional("ZoneId", 64);
        var topGroups = SecurityGroupSets.Read(reader, required: false);
        var privateIp = AddressParameters.ReadIpv4(reader, "PrivateIpAddress");
        var topIpv6 = AddressParameters.ReadList(reader, "Ipv6Address", IpFamily.IPv6, CreateNetworkInterface.MaxIpv6Addresses);
        var topIpv6Count = reader.Number("Ipv6AddressCount", 1, CreateNetworkInterface.MaxIpv6Addresses);
        var amount = reader.Number("Amount", 1, MaxAmount) ?? 1;
        var minAmount = reader.Number("MinAmount", 1, MaxAmount);
        var instanceName = reader.Optional("InstanceName", 256);
        var hostName = reader.Optional("HostName", 256);
        var hostNames = reader.List("HostNames", MaxAmount, 64);
        var uniqueSuffix = reader.Bool("UniqueSuffix") ?? false;
        var description = reader.Text("Description", 2, 256, noUrl: true);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var tags = TagParameters.Read(reader);
        var dryRun = reader.Bool("DryRun") ?? false;
        var entries = reader.Objects("NetworkInterface", MaxNetworkInterfaces).Select(e => NetworkInterfaceRequest.Read(reader, e.Index, e.Entry)).ToArray();
        if (reader.Error is { } error)
        {
            return error;
        }

        if (launchTemplate is not null)
        {
            return new EcsError(EcsErrorCodes.LaunchTemplateNotFound, "The specified launch template does not exist: SgGrid does not emulate launch templates.");
        }

        if (imageId is null || instanceType is null)
        {
            return InstanceApiErrors.MissingParameter(imageId is null ? "ImageId" : "InstanceType");
        }

        if (!InstanceTypes.IsWellFormed(instanceType))
        {
            return new EcsError(EcsErrorCodes.InstanceTypeNotSupported, $"The specified InstanceType \"{instanceType}\" does not exist or beyond the permitted range (expected ecs.family.size).");
        }

        if (minAmount > amount)
        {
            return ApiErrors.Malformed("MinAmount", "It cannot be larger than Amount.");
        }

        var plan = Plan(entries, topVSwitchId, topGroups, privateIp, topIpv6, topIpv6Count, amount);
        if (plan.Error is not null)
        {
            return plan.Error;
        }

        var names = new string?[amount];
        var hosts = new string?[amount];
        for (var i = 0; i < amount; i++)
        {
            names[i] = InstanceNaming.NameAt(instanceName, i, uniqueSuffix);
            hosts[i] = hostNames.IsEmpty ? InstanceNaming.NameAt(hostName, i, uniqueSuffix) : hostNames[i % hostNames.Length];
        }

        if (CheckNames(names, hosts, instanceName, hostName, hostNames, amount, uniqueSuffix) is { } nameError)
        {
            return nameError;
        }

        var vSwitch = await region!.FindVSwitchAsync(plan.VSwitchId!);
        if (vSwitch is null)
        {
            return NetworkErrors.VSwitchNotFound(plan.VSwitchId!);
        }

        if (zoneId is not null && !context.Regions.HasZone(region.RegionId, zoneId))
        {
            return ApiErrors.ZoneNotFound(zoneId);
        }

        if (zoneId is not null && zoneId != vSwitch.ZoneId)
        {
            return new EcsError(EcsErrorCodes.VSwitchZoneMismatch, "Specified virtual switch is not in the specified zone.");
        }

        if (await CheckNetworkAsync(region, vSwitch, plan, amount) is { } networkError)
        {
            return networkError;
        }

        if (dryRun)
        {
            return ApiErrors.DryRun();
        }

        var launched = new List<Launched>(amount);
        for (var i = 0; i < amount; i++)
        {
            var spec = new InstanceSpec
            {
                Owner = region.Owner,
                VpcId = vSwitch.VpcId,
                VSwitchId = vSwitch.VSwitchId,
                ZoneId = zoneId ?? "",
                InstanceType = instanceType,
                ImageId = imageId,
                Name = names[i] ?? "",
                HostName = hosts[i] ?? "",
                Description = description ?? "",
                ResourceGroupId = resourceGroupId ?? "",
                Tags = tags,
                SecurityGroupIds = plan.Groups,
                PrimaryIpAddress = plan.PrimaryIpAddress is { } first ? new NetworkAddress(first.Value + (uint)i, IpFamily.IPv4) : null,
                Ipv6Addresses = plan.Ipv6Addresses,
                Ipv6AddressCount = plan.Ipv6AddressCount ?? 0,
                SecondaryPrivateIpAddressCount = plan.SecondaryPrivateIpAddressCount,
            };
            var (instance, failure) = await LaunchAsync(context, region, spec, plan.Secondaries);
            if (failure is not null)
            {
                if (minAmount is { } minimum && launched.Count >= minimum)
                {
                    break; // enough are running: keep them, as ECS does with MinAmount
                }

                foreach (var done in launched)
                {
                    await UndoAsync(context, region, done);
                }

                return RpcResult.Fail(failure);
            }

            launched.Add(instance!);
        }

        return RpcResult.Ok(new Response(new InstanceIdSetList([.. launched.Select(l => l.InstanceId)])));
    }

    /// <summary>Merges the top-level network parameters with NetworkInterface.N's primary entry, refusing contradictions.</summary>
    private static NetworkPlan Plan(
        NetworkInterfaceRequest[] entries,
        string? topVSwitchId,
        ImmutableArray<string> topGroups,
        NetworkAddress? privateIp,
        ImmutableArray<NetworkAddress> topIpv6,
        int? topIpv6Count,
        int amount)
    {
        var primaries = entries.Where(e => e.IsPrimary).ToArray();
        var secondaries = entries.Where(e => !e.IsPrimary).ToArray();
        if (primaries.Length > 1)
        {
            return NetworkPlan.Failed(Invalid("Only one NetworkInterface.N can have InstanceType Primary."));
        }

        if (!topIpv6.IsEmpty && topIpv6Count is not null)
        {
            return NetworkPlan.Failed(InstanceApiErrors.Conflict("Ipv6Address.N", "Ipv6AddressCount"));
        }

        var primary = primaries.SingleOrDefault();
        var vSwitchId = topVSwitchId;
        var groups = topGroups;
        var address = privateIp;
        var ipv6 = topIpv6;
        var ipv6Count = topIpv6Count;
        var secondaryCount = 0;
        if (primary is not null)
        {
            if (primary.VSwitchId is not null && vSwitchId is not null && primary.VSwitchId != vSwitchId)
            {
                return NetworkPlan.Failed(Invalid("NetworkInterface.N.VSwitchId of the primary network interface differs from VSwitchId."));
            }

            if (!primary.Groups.IsEmpty && !groups.IsEmpty)
            {
                return NetworkPlan.Failed(Invalid("SecurityGroupId(s) cannot be given both at the top level and for the primary network interface."));
            }

            if (primary.PrimaryIpAddress is { } given && address is { } top && given != top)
            {
                return NetworkPlan.Failed(Invalid("NetworkInterface.N.PrimaryIpAddress of the primary network interface differs from PrivateIpAddress."));
            }

            if ((!primary.Ipv6Addresses.IsEmpty || primary.Ipv6AddressCount is not null) && (!ipv6.IsEmpty || ipv6Count is not null))
            {
                return NetworkPlan.Failed(Invalid("IPv6 addresses cannot be given both at the top level and for the primary network interface."));
            }

            if (primary.NetworkInterfaceId is not null)
            {
                return NetworkPlan.Failed(Invalid("The primary network interface is created with the instance; NetworkInterfaceId names a secondary one."));
            }

            vSwitchId ??= primary.VSwitchId;
            groups = groups.IsEmpty ? primary.Groups : groups;
            address ??= primary.PrimaryIpAddress;
            ipv6 = ipv6.IsEmpty ? primary.Ipv6Addresses : ipv6;
            ipv6Count ??= primary.Ipv6AddressCount;
            secondaryCount = primary.SecondaryPrivateIpAddressCount ?? 0;
        }

        if (vSwitchId is null)
        {
            return NetworkPlan.Failed(InstanceApiErrors.MissingParameter("VSwitchId"));
        }

        if (groups.IsEmpty)
        {
            return NetworkPlan.Failed(InstanceApiErrors.MissingParameter("SecurityGroupId"));
        }

        if (amount > 1)
        {
            if (address is not null && entries.Length > 0)
            {
                return NetworkPlan.Failed(Invalid("With Amount greater than 1 and PrivateIpAddress, NetworkInterface.N cannot be given."));
            }

            if (!ipv6.IsEmpty || secondaries.Any(s => s.NetworkInterfaceId is not null || s.PrimaryIpAddress is not null || !s.Ipv6Addresses.IsEmpty))
            {
                return NetworkPlan.Failed(new EcsError(EcsErrorCodes.InvalidParameterConflict,
                    "Explicit addresses and existing network interfaces can be given only with Amount=1."));
            }

            if (address is { } first && first.Value + (uint)(amount - 1) > uint.MaxValue)
            {
                return NetworkPlan.Failed(ApiErrors.Malformed("PrivateIpAddress", "The consecutive addresses run past 255.255.255.255."));
            }
        }

        var attachedTwice = secondaries.Where(s => s.NetworkInterfaceId is not null).GroupBy(s => s.NetworkInterfaceId).FirstOrDefault(g => g.Count() > 1);
        if (attachedTwice is not null)
        {
            return NetworkPlan.Failed(Invalid($"The network interface {attachedTwice.Key} is named twice."));
        }

        return new NetworkPlan(null, vSwitchId, groups, address, ipv6, ipv6Count, secondaryCount, secondaries);
    }

    private static EcsError? CheckNames(string?[] names, string?[] hosts, string? instanceName, string? hostName, ImmutableArray<string> hostNames, int amount, bool uniqueSuffix)
    {
        if (hostName is not null && !hostNames.IsEmpty)
        {
            return InstanceApiErrors.Conflict("HostName", "HostNames.N");
        }

        if (!hostNames.IsEmpty && hostNames.Length != amount)
        {
            return ApiErrors.Malformed("HostNames", "It must give one host name per instance (Amount).");
        }

        if (uniqueSuffix && amount > InstanceNaming.MaxUniqueSuffix)
        {
            return ApiErrors.Malformed("UniqueSuffix", $"It numbers at most {InstanceNaming.MaxUniqueSuffix} instances.");
        }

        var suffixed = uniqueSuffix && instanceName is not null && !InstanceNaming.HasPattern(instanceName);
        foreach (var name in names.OfType<string>())
        {
            if (suffixed && name.Length > 128 && instanceName!.Length <= 128)
            {
                return new EcsError(EcsErrorCodes.InstanceNameExceed, "The uniqueSuffix takes three naming places, please shorten your InstanceName.");
            }

            if (!ResourceNames.IsValid(name))
            {
                return ApiErrors.Malformed("InstanceName",
                    "It must be 2 to 128 characters, start with a letter, and contain only letters, digits, colons, underscores, periods and hyphens.");
            }
        }

        var hostSuffixed = uniqueSuffix && hostName is not null && !InstanceNaming.HasPattern(hostName);
        foreach (var host in hosts.OfType<string>())
        {
            if (hostSuffixed && host.Length > 64 && hostName!.Length <= 64)
            {
                return new EcsError(EcsErrorCodes.HostNameExceed, "The uniqueSuffix takes three naming places, please shorten your Hostname.");
            }

            if (!InstanceNaming.IsValidHostName(host))
            {
                return ApiErrors.Malformed("HostName",
                    "It must be 2 to 64 characters of letters, digits, periods and hyphens, not starting or ending with a period or hyphen.");
            }
        }

        return null;
    }

    /// <summary>What must hold before anything is made: groups, addresses, and every secondary ENI's vSwitch, groups or identity.</summary>
    private static async Task<EcsError?> CheckNetworkAsync(TenantRegion region, VSwitchInfo vSwitch, NetworkPlan plan, int amount)
    {
        if ((plan.Ipv6AddressCount is not null || !plan.Ipv6Addresses.IsEmpty) && vSwitch.Ipv6CidrBlock is null)
        {
            return InstanceApiErrors.Ipv6NotTurnOn(vSwitch.VSwitchId);
        }

        if (await SecurityGroupSets.CheckAsync(region, plan.Groups, vSwitch.VpcId, InstanceApiErrors.InconsistentNetwork) is { } groupError)
        {
            return groupError;
        }

        if (plan.PrimaryIpAddress is { } first)
        {
            var last = new NetworkAddress(first.Value + (uint)(amount - 1), IpFamily.IPv4);
            if (!vSwitch.CidrBlock.Contains(first) || !vSwitch.CidrBlock.Contains(last))
            {
                return NetworkErrors.IpInvalid(vSwitch.CidrBlock.Contains(first) ? last : first, vSwitch.CidrBlock);
            }
        }

        foreach (var secondary in plan.Secondaries)
        {
            if (secondary.NetworkInterfaceId is { } existingId)
            {
                var existing = await region.FindNetworkInterfaceAsync(existingId);
                if (existing is null)
                {
                    return InstanceApiErrors.NetworkInterfaceNotFound();
                }

                if (existing.Type != NetworkInterfaceType.Secondary)
                {
                    return new EcsError(EcsErrorCodes.InvalidEniType, "Only a secondary network interface can be attached to an instance.");
                }

                if (existing.InstanceId is not null)
                {
                    return new EcsError(EcsErrorCodes.InvalidEniState, "The specified network interface is already attached to an instance.");
                }

                if (existing.VpcId != vSwitch.VpcId)
                {
                    return new EcsError(EcsErrorCodes.VpcMismatch, "The specified network interface and instance are not in the same VPC.");
                }

                if (existing.ZoneId != vSwitch.ZoneId)
                {
                    return new EcsError(EcsErrorCodes.AvailabilityZoneMismatch, "The specified network interface and instance are not in the same zone.");
                }

                continue;
            }

            var ownVSwitch = secondary.VSwitchId is null ? vSwitch : await region.FindVSwitchAsync(secondary.VSwitchId);
            if (ownVSwitch is null)
            {
                return NetworkErrors.VSwitchNotFound(secondary.VSwitchId!);
            }

            if (ownVSwitch.VpcId != vSwitch.VpcId)
            {
                return new EcsError(EcsErrorCodes.VpcMismatch, "The vSwitch of a secondary network interface is not in the instance's VPC.");
            }

            if (ownVSwitch.ZoneId != vSwitch.ZoneId)
            {
                return new EcsError(EcsErrorCodes.AvailabilityZoneMismatch, "The vSwitch of a secondary network interface is not in the instance's zone.");
            }

            if ((secondary.Ipv6AddressCount is not null || !secondary.Ipv6Addresses.IsEmpty) && ownVSwitch.Ipv6CidrBlock is null)
            {
                return InstanceApiErrors.Ipv6NotTurnOn(ownVSwitch.VSwitchId);
            }

            if (await SecurityGroupSets.CheckAsync(region, secondary.Groups, vSwitch.VpcId, InstanceApiErrors.GroupNotInVSwitchVpc) is { } secondaryGroupError)
            {
                return secondaryGroupError;
            }
        }

        return null;
    }

    /// <summary>One instance with its secondary ENIs; on failure, what it made is undone and the error returned.</summary>
    private static async Task<(Launched? Instance, IReadOnlyList<EcsError>? Failure)> LaunchAsync(
        RpcContext context, TenantRegion region, InstanceSpec spec, NetworkInterfaceRequest[] secondaries)
    {
        var instanceId = ResourceIds.NewInstanceId(Random.Shared);
        var instance = region.Instance(instanceId);
        var created = await instance.CreateAsync(spec, context.Mutation);
        if (!created.Succeeded)
        {
            return (null, created.Errors);
        }

        var launched = new Launched(instanceId, []);
        foreach (var secondary in secondaries)
        {
            var networkInterfaceId = secondary.NetworkInterfaceId;
            if (networkInterfaceId is null)
            {
                networkInterfaceId = ResourceIds.NewNetworkInterfaceId(Random.Shared);
                var made = await region.NetworkInterface(networkInterfaceId).CreateAsync(new NetworkInterfaceSpec
                {
                    Owner = region.Owner,
                    VpcId = created.Value!.VpcId,
                    VSwitchId = secondary.VSwitchId ?? spec.VSwitchId,
                    Type = NetworkInterfaceType.Secondary,
                    PrimaryIpAddress = secondary.PrimaryIpAddress,
                    SecondaryPrivateIpAddressCount = secondary.SecondaryPrivateIpAddressCount ?? 0,
                    Ipv6Addresses = secondary.Ipv6Addresses,
                    Ipv6AddressCount = secondary.Ipv6AddressCount ?? 0,
                    SecurityGroupIds = secondary.Groups.IsEmpty ? created.Value.SecurityGroupIds : secondary.Groups,
                    Name = secondary.Name ?? "",
                    Description = secondary.Description ?? "",
                    ResourceGroupId = spec.ResourceGroupId,
                    DeleteOnRelease = secondary.DeleteOnRelease ?? true,
                }, context.Mutation);
                if (!made.Succeeded)
                {
                    await UndoAsync(context, region, launched);
                    return (null, made.Errors);
                }

                launched.CreatedNetworkInterfaces.Add(networkInterfaceId);
            }

            var attached = await instance.AttachNetworkInterfaceAsync(region.Owner, networkInterfaceId, context.Mutation);
            if (!attached.Succeeded)
            {
                await UndoAsync(context, region, launched);
                return (null, attached.Errors);
            }
        }

        return (launched, null);
    }

    /// <summary>Deletes an instance this call made (which detaches existing ENIs again) and the secondary ENIs it made for it.</summary>
    private static async Task UndoAsync(RpcContext context, TenantRegion region, Launched launched)
    {
        await region.Instance(launched.InstanceId).DeleteAsync(region.Owner, context.Mutation);
        foreach (var networkInterfaceId in launched.CreatedNetworkInterfaces)
        {
            await region.NetworkInterface(networkInterfaceId).DeleteAsync(region.Owner, context.Mutation);
        }
    }

    private static EcsError Invalid(string message) => new(EcsErrorCodes.InvalidNetworkInterfaceParameter, message);

    public sealed record Response(InstanceIdSetList InstanceIdSets);

    public sealed record InstanceIdSetList(IReadOnlyList<string> InstanceIdSet);

    private sealed record Launched(string InstanceId, List<string> CreatedNetworkInterfaces);

    /// <summary>The primary ENI's network, merged from the top level and NetworkInterface.N, and the secondary entries.</summary>
    private sealed record NetworkPlan(
        EcsError? Error,
        string? VSwitchId,
        ImmutableArray<string> Groups,
        NetworkAddress? PrimaryIpAddress,
        ImmutableArray<NetworkAddress> Ipv6Addresses,
        int? Ipv6AddressCount,
        int SecondaryPrivateIpAddressCount,
        NetworkInterfaceRequest[] Secondaries)
    {
        public static NetworkPlan Failed(EcsError error) => new(error, null, [], null, [], null, 0, []);
    }

    /// <summary>One <c>NetworkInterface.N</c> entry.</summary>
    private sealed record NetworkInterfaceRequest(
        bool IsPrimary,
        string? VSwitchId,
        ImmutableArray<string> Groups,
        NetworkAddress? PrimaryIpAddress,
        string? NetworkInterfaceId,
        string? Name,
        string? Description,
        bool? DeleteOnRelease,
        int? SecondaryPrivateIpAddressCount,
        ImmutableArray<NetworkAddress> Ipv6Addresses,
        int? Ipv6AddressCount)
    {
        public static NetworkInterfaceRequest Read(ParameterReader request, int index, ParameterReader entry)
        {
            var type = entry.Optional("InstanceType", 32);
            var isPrimary = type is not null && type.Equals("Primary", StringComparison.OrdinalIgnoreCase);
            if (type is not null && !isPrimary && !type.Equals("Secondary", StringComparison.OrdinalIgnoreCase))
            {
                entry.Fail(ApiErrors.Malformed($"NetworkInterface.{index}.InstanceType", "It must be Primary or Secondary."));
            }

            var parsed = new NetworkInterfaceRequest(
                isPrimary,
                entry.Optional("VSwitchId", TenantRegion.MaxIdLength),
                SecurityGroupSets.Read(entry, required: false),
                AddressParameters.ReadIpv4(entry, "PrimaryIpAddress"),
                entry.Optional("NetworkInterfaceId", TenantRegion.MaxIdLength),
                ResourceNames.Read(entry, "NetworkInterfaceName"),
                entry.Text("Description", 2, 256, noUrl: true),
                entry.Bool("DeleteOnRelease"),
                entry.Number("SecondaryPrivateIpAddressCount", 1, NetworkInterfaceLimits.SecondaryPrivateIpAddresses),
                AddressParameters.ReadList(entry, "Ipv6Address", IpFamily.IPv6, CreateNetworkInterface.MaxIpv6Addresses),
                entry.Number("Ipv6AddressCount", 1, CreateNetworkInterface.MaxIpv6Addresses));
            request.Absorb(entry);
            return parsed;
        }
    }
}
