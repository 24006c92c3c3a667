using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// UnassignPrivateIpAddresses: removes secondary private IPv4 addresses from an ENI and returns them to its vSwitch, all or
/// none; an address the ENI does not hold as a secondary (its primary one included) is <c>InvalidPrivateIpAddress.NotFound</c>.
/// </summary>
public sealed class UnassignPrivateIpAddresses : IRpcAction
{
    public string Name => nameof(UnassignPrivateIpAddresses);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var networkInterfaceId = reader.Required("NetworkInterfaceId", TenantRegion.MaxIdLength);
        var addresses = AddressParameters.ReadList(reader, "PrivateIpAddress", IpFamily.IPv4, NetworkInterfaceLimits.SecondaryPrivateIpAddresses);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (reader.Has("Ipv4Prefix.1"))
        {
            return InstanceApiErrors.Unsupported("Ipv4Prefix", "SgGrid does not emulate IP prefixes on network interfaces.");
        }

        if (addresses.IsEmpty)
        {
            return ApiErrors.Missing("PrivateIpAddress");
        }

        if (await region!.FindNetworkInterfaceAsync(networkInterfaceId) is null)
        {
            return InstanceApiErrors.NetworkInterfaceNotFound();
        }

        var result = await region.NetworkInterface(networkInterfaceId).UnassignPrivateAddressesAsync(region.Owner, addresses, context.Mutation);
        return result.Succeeded ? RpcResult.Ok() : RpcResult.Fail(result.Errors);
    }
}
