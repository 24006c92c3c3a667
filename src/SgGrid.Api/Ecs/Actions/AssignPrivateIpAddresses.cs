using System.Collections.Immutable;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// AssignPrivateIpAddresses: secondary private IPv4 addresses for an ENI, given (<c>PrivateIpAddress.N</c>, free addresses
/// of its vSwitch) or by count (<c>SecondaryPrivateIpAddressCount</c>, the vSwitch's next free ones), at most 49 secondaries
/// per ENI. The ENI's groups learn the new addresses (what references to those groups cover, D3).
/// </summary>
public sealed class AssignPrivateIpAddresses : IRpcAction
{
    public string Name => nameof(AssignPrivateIpAddresses);

    public string Version => ApiVersions.Ecs;

    public bool UsesClientToken => true;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var networkInterfaceId = reader.Required("NetworkInterfaceId", TenantRegion.MaxIdLength);
        var addresses = AddressParameters.ReadList(reader, "PrivateIpAddress", IpFamily.IPv4, NetworkInterfaceLimits.SecondaryPrivateIpAddresses);
        var count = reader.Number("SecondaryPrivateIpAddressCount", 1, NetworkInterfaceLimits.SecondaryPrivateIpAddresses);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (!addresses.IsEmpty && count is not null)
        {
            return InstanceApiErrors.Conflict("PrivateIpAddress.N", "SecondaryPrivateIpAddressCount");
        }

        if (reader.Has("Ipv4PrefixCount") || reader.Has("Ipv4Prefix.1"))
        {
            return InstanceApiErrors.Unsupported("Ipv4Prefix", "SgGrid does not emulate IP prefixes on network interfaces.");
        }

        if (addresses.IsEmpty && count is null)
        {
            return InstanceApiErrors.OneOf("PrivateIpAddress.N", "SecondaryPrivateIpAddressCount");
        }

        if (await region!.FindNetworkInterfaceAsync(networkInterfaceId) is null)
        {
            return InstanceApiErrors.NetworkInterfaceNotFound();
        }

        var grain = region.NetworkInterface(networkInterfaceId);
        ImmutableArray<NetworkAddress> assigned;
        if (count is { } byCount)
        {
            var allocated = await grain.AssignPrivateAddressCountAsync(region.Owner, byCount, context.Mutation);
            if (!allocated.Succeeded)
            {
                return RpcResult.Fail(allocated.Errors);
            }

            assigned = allocated.Value!.Addresses;
        }
        else
        {
            var result = await grain.AssignPrivateAddressesAsync(region.Owner, addresses, context.Mutation);
            if (!result.Succeeded)
            {
                return RpcResult.Fail(result.Errors);
            }

            assigned = addresses;
        }

        return RpcResult.Ok(new Response(new AssignedSet(networkInterfaceId, new PrivateIpSetInfo([.. assigned.Select(a => a.ToString())]))));
    }

    public sealed record Response(AssignedSet AssignedPrivateIpAddressesSet);

    public sealed record AssignedSet(string NetworkInterfaceId, PrivateIpSetInfo PrivateIpSet);

    public sealed record PrivateIpSetInfo(IReadOnlyList<string> PrivateIpAddress);
}
