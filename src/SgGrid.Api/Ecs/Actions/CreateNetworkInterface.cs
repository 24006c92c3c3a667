using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// CreateNetworkInterface: a secondary ENI (status Available) in a vSwitch, in 1 to 10 security groups of the vSwitch's
/// VPC, with a primary private IPv4 address (given or the vSwitch's next free one) and up to 49 secondary ones (given, or
/// a count taken from the vSwitch), and explicit IPv6 addresses.
/// </summary>
/// <remarks>
/// Trunk ENIs (<c>InstanceType=Trunk</c>) and IPv4/IPv6 prefixes are not emulated and are refused (<c>UnsupportedParameter</c>).
/// IPv6 addresses (<c>Ipv6Address.N</c> inside the vSwitch's /64, or <c>Ipv6AddressCount</c> drawn from it) need a vSwitch with
/// an IPv6 block: <c>InvalidVSwitch.Ipv6NotTurnOn</c> otherwise. <c>DeleteOnRelease</c> defaults to false (the ENI survives its instance).
/// </remarks>
public sealed class CreateNetworkInterface : IRpcAction
{
    /// <summary>IPv6 addresses one call may give.</summary>
    public const int MaxIpv6Addresses = 10;

    public string Name => nameof(CreateNetworkInterface);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var vSwitchId = reader.Required("VSwitchId", TenantRegion.MaxIdLength);
        var groupIds = SecurityGroupSets.Read(reader, required: true);
        var primary = AddressParameters.ReadIpv4(reader, "PrimaryIpAddress");
        var secondaries = AddressParameters.ReadList(reader, "PrivateIpAddress", IpFamily.IPv4, NetworkInterfaceLimits.SecondaryPrivateIpAddresses);
        var secondaryCount = reader.Number("SecondaryPrivateIpAddressCount", 1, NetworkInterfaceLimits.SecondaryPrivateIpAddresses);
        var ipv6 = AddressParameters.ReadList(reader, "Ipv6Address", IpFamily.IPv6, MaxIpv6Addresses);
        var ipv6Count = reader.Number("Ipv6AddressCount", 1, MaxIpv6Addresses);
        var name = ResourceNames.Read(reader, "NetworkInterfaceName");
        var description = reader.Text("Description", 2, 256, noUrl: true);
        var type = reader.Optional("InstanceType", 32);
        var resourceGroupId = reader.Optional("ResourceGroupId", 64);
        var deleteOnRelease = reader.Bool("DeleteOnRelease") ?? false;
        var tags = TagParameters.Read(reader);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (!secondaries.IsEmpty && secondaryCount is not null)
        {
            return InstanceApiErrors.Conflict("PrivateIpAddress.N", "SecondaryPrivateIpAddressCount");
        }

        if (!ipv6.IsEmpty && ipv6Count is not null)
        {
            return InstanceApiErrors.Conflict("Ipv6Address.N", "Ipv6AddressCount");
        }

        if (UnsupportedParameter(reader) is { } unsupported)
        {
            return unsupported;
        }

        if (type is not null && !type.Equals("Secondary", StringComparison.OrdinalIgnoreCase))
        {
            return type.Equals("Trunk", StringComparison.OrdinalIgnoreCase)
                ? InstanceApiErrors.Unsupported("InstanceType", "SgGrid does not emulate trunk network interfaces; use Secondary.")
                : ApiErrors.Malformed("InstanceType", "It must be Secondary or Trunk.");
        }

        var vSwitch = await region!.FindVSwitchAsync(vSwitchId);
        if (vSwitch is null)
        {
            return NetworkErrors.VSwitchNotFound(vSwitchId);
        }

        if ((ipv6Count is not null || !ipv6.IsEmpty) && vSwitch.Ipv6CidrBlock is null)
        {
            return InstanceApiErrors.Ipv6NotTurnOn(vSwitchId);
        }

        if (await SecurityGroupSets.CheckAsync(region, groupIds, vSwitch.VpcId, InstanceApiErrors.GroupNotInVSwitchVpc) is { } groupError)
        {
            return groupError;
        }

        var networkInterfaceId = ResourceIds.NewNetworkInterfaceId(Random.Shared);
        var created = await region.NetworkInterface(networkInterfaceId).CreateAsync(new NetworkInterfaceSpec
        {
            Owner = region.Owner,
            VpcId = vSwitch.VpcId,
            VSwitchId = vSwitchId,
            ZoneId = vSwitch.ZoneId,
            Type = NetworkInterfaceType.Secondary,
            PrimaryIpAddress = primary,
            SecondaryIpAddresses = secondaries,
            SecondaryPrivateIpAddressCount = secondaryCount ?? 0,
            Ipv6Addresses = ipv6,
            Ipv6AddressCount = ipv6Count ?? 0,
            SecurityGroupIds = groupIds,
            Name = name ?? "",
            Description = description ?? "",
            Tags = tags,
            ResourceGroupId = resourceGroupId ?? "",
            DeleteOnRelease = deleteOnRelease,
        }, context.Mutation);
        return created.Succeeded ? RpcResult.Ok(Response.From(created.Value!)) : RpcResult.Fail(created.Errors);
    }

    /// <summary>The prefix parameters: SgGrid's ENIs hold single addresses only.</summary>
    private static Domain.Errors.EcsError? UnsupportedParameter(ParameterReader reader)
    {
        foreach (var parameter in new[] { "Ipv4Prefix", "Ipv4PrefixCount", "Ipv6Prefix", "Ipv6PrefixCount" })
        {
            if (reader.Has(parameter) || reader.Has(parameter + ".1"))
            {
                return InstanceApiErrors.Unsupported(parameter, "SgGrid does not emulate IP prefixes on network interfaces.");
            }
        }

        return null;
    }

    public sealed record Response(
        string NetworkInterfaceId,
        string NetworkInterfaceName,
        string Description,
        string Status,
        string Type,
        string VpcId,
        string VSwitchId,
        string ZoneId,
        string PrivateIpAddress,
        string MacAddress,
        string OwnerId,
        string ResourceGroupId,
        bool ServiceManaged,
        SecurityGroupIdSet SecurityGroupIds,
        PrivateIpSetList PrivateIpSets,
        Ipv6SetList Ipv6Sets,
        EcsTagSet Tags)
    {
        public static Response From(NetworkInterfaceInfo info) => new(
            info.NetworkInterfaceId,
            info.Name,
            info.Description,
            info.Status,
            info.Type.ToString(),
            info.VpcId,
            info.VSwitchId,
            info.ZoneId,
            info.PrimaryIpAddress.ToString(),
            info.MacAddress,
            info.Owner.AccountId,
            info.ResourceGroupId,
            false,
            new SecurityGroupIdSet(info.SecurityGroupIds),
            PrivateIpSetList.From(info),
            Ipv6SetList.From(info),
            EcsTagSet.From(info.Tags));
    }
}
