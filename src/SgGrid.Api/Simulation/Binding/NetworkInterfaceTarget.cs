using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Simulation.Binding;

/// <summary>The ENI an analysis is about: <c>NetworkInterfaceId</c>, or <c>InstanceId</c> for the instance's primary ENI (exactly one).</summary>
public static class NetworkInterfaceTarget
{
    public static (string? NetworkInterfaceId, string? InstanceId) Read(ParameterReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var networkInterfaceId = reader.Optional("NetworkInterfaceId", TenantRegion.MaxIdLength);
        var instanceId = reader.Optional("InstanceId", TenantRegion.MaxIdLength);
        if (!reader.HasError && networkInterfaceId is null == instanceId is null)
        {
            reader.Fail(networkInterfaceId is null
                ? ApiErrors.Missing("NetworkInterfaceId")
                : new EcsError(EcsErrorCodes.InvalidParameterConflict, "Name either NetworkInterfaceId or InstanceId, not both."));
        }

        return (networkInterfaceId, instanceId);
    }

    public static async Task<(NetworkInterfaceInfo? Info, EcsError? Error)> FindAsync(TenantRegion region, string? networkInterfaceId, string? instanceId)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (networkInterfaceId is not null)
        {
            var info = await region.FindNetworkInterfaceAsync(networkInterfaceId);
            return info is null ? (null, InstanceApiErrors.NetworkInterfaceNotFound()) : (info, null);
        }

        var instance = await region.FindInstanceAsync(instanceId!);
        if (instance is null)
        {
            return (null, new EcsError(EcsErrorCodes.InstanceNotFound, "The specified InstanceId does not exist."));
        }

        return (await region.FindNetworkInterfaceAsync(instance.PrimaryNetworkInterfaceId), null);
    }
}
