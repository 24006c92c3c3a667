using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Simulation.Binding;

/// <summary>
/// Resolves the ends of flows for one request, remembering what it looked up (a batch names the same ends many times):
/// ENI ids and instance ids to the tenant's ENIs, and IP addresses to the ENI of the VPC that holds them, or external.
/// </summary>
/// <remarks>
/// Both ends are in one VPC: the one of an ENI end, or — when both ends are addresses — the first of the tenant's VPCs in the
/// region that holds the source (else the destination). An ENI end uses its primary IPv4 address, or its first IPv6 address
/// when the other end is an IPv6 address.
/// </remarks>
public sealed class FlowEndResolver(TenantRegion region)
{
    private readonly Dictionary<string, Task<NetworkInterfaceInfo?>> _networkInterfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Vpc, NetworkAddress Address), string?> _holders = [];
    private List<string>? _vpcIds;

    public async Task<(FlowEnd? Source, FlowEnd? Destination, EcsError? Error)> ResolveAsync(
        FlowEndName source, FlowEndName destination, string sourceParameter = "Source", string destinationParameter = "Destination", IpFamily? family = null)
    {
        // Both ends are looked up at once; the source's error still comes first.
        var sourceLookup = InterfaceOfAsync(source);
        var destinationLookup = InterfaceOfAsync(destination);
        var sourceInterface = await sourceLookup;
        if (sourceInterface.Error is { } sourceError)
        {
            _ = destinationLookup.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return (null, null, Named(sourceError, sourceParameter));
        }

        var destinationInterface = await destinationLookup;
        if (destinationInterface.Error is { } destinationError)
        {
            return (null, null, Named(destinationError, destinationParameter));
        }

        var named = source.Kind == FlowEndKind.Address ? source.Address.Family
            : destination.Kind == FlowEndKind.Address ? destination.Address.Family
            : (IpFamily?)null;
        if (named is not null && family is not null && named != family)
        {
            return (null, null, ApiErrors.Malformed("IpVersion", "It contradicts the family of the address given."));
        }

        var chosen = named ?? family ?? IpFamily.IPv4;
        if (source.Kind == FlowEndKind.Address && destination.Kind == FlowEndKind.Address && source.Address.Family != destination.Address.Family)
        {
            return (null, null, ApiErrors.Malformed(destinationParameter, "Source and Destination must be addresses of one family."));
        }

        var vpcId = sourceInterface.Info?.VpcId ?? destinationInterface.Info?.VpcId;
        if (sourceInterface.Info is { } s && destinationInterface.Info is { } d && s.VpcId != d.VpcId)
        {
            return (null, null, new EcsError(EcsErrorCodes.VpcMismatch,
                $"{s.NetworkInterfaceId} and {d.NetworkInterfaceId} are in different VPCs; SgGrid decides private traffic within one VPC."));
        }

        vpcId ??= await VpcHoldingAsync(source, destination);
        var from = await EndAsync(source, sourceInterface.Info, chosen, vpcId, sourceParameter);
        if (from.Error is not null)
        {
            return (null, null, from.Error);
        }

        var to = await EndAsync(destination, destinationInterface.Info, chosen, vpcId, destinationParameter);
        return to.Error is not null ? (null, null, to.Error) : (from.End, to.End, null);
    }

    private async Task<(NetworkInterfaceInfo? Info, EcsError? Error)> InterfaceOfAsync(FlowEndName name)
    {
        switch (name.Kind)
        {
            case FlowEndKind.NetworkInterface:
                var info = await NetworkInterfaceAsync(name.Text);
                return info is null ? (null, new EcsError(EcsErrorCodes.NetworkInterfaceNotFound, $"The specified NetworkInterfaceId {name.Text} does not exist.")) : (info, null);
            case FlowEndKind.Instance:
                var instance = await region.FindInstanceAsync(name.Text);
                if (instance is null)
                {
                    return (null, new EcsError(EcsErrorCodes.InstanceNotFound, $"The specified InstanceId {name.Text} does not exist."));
                }

                return (await NetworkInterfaceAsync(instance.PrimaryNetworkInterfaceId), null);
            default:
                return (null, null);
        }
    }

    private async Task<(FlowEnd? End, EcsError? Error)> EndAsync(FlowEndName name, NetworkInterfaceInfo? info, IpFamily family, string? vpcId, string parameter)
    {
        if (info is not null)
        {
            var address = family == IpFamily.IPv4 ? info.PrimaryIpAddress : info.Ipv6Addresses.FirstOrDefault(a => a.Family == IpFamily.IPv6);
            if (address.Family != family)
            {
                return (null, ApiErrors.Malformed(parameter, $"{info.NetworkInterfaceId} has no IPv6 address; name an IPv6 address or an ENI that has one."));
            }

            return (new FlowEnd(name.Text, info.NetworkInterfaceId, info.VpcId, address), null);
        }

        var holder = vpcId is null ? null : await HolderAsync(vpcId, name.Address);
        return (new FlowEnd(name.Text, holder, holder is null ? null : vpcId, name.Address), null);
    }

    /// <summary>For two address ends: the tenant's VPC holding the source, else the one holding the destination.</summary>
    private async Task<string?> VpcHoldingAsync(FlowEndName source, FlowEndName destination)
    {
        if (source.Kind != FlowEndKind.Address || destination.Kind != FlowEndKind.Address)
        {
            return null;
        }

        foreach (var address in new[] { source.Address, destination.Address })
        {
            foreach (var vpcId in await VpcIdsAsync())
            {
                if (await HolderAsync(vpcId, address) is not null)
                {
                    return vpcId;
                }
            }
        }

        return null;
    }

    private async Task<string?> HolderAsync(string vpcId, NetworkAddress address)
    {
        if (!_holders.TryGetValue((vpcId, address), out var holder))
        {
            holder = await region.Vpc(vpcId).FindNetworkInterfaceAsync(address);
            _holders[(vpcId, address)] = holder;
        }

        return holder;
    }

    private Task<NetworkInterfaceInfo?> NetworkInterfaceAsync(string id)
    {
        // The lookup itself is remembered, so the two ends' concurrent lookups share one call for one id.
        lock (_networkInterfaces)
        {
            if (!_networkInterfaces.TryGetValue(id, out var lookup))
            {
                lookup = region.FindNetworkInterfaceAsync(id);
                _networkInterfaces[id] = lookup;
            }

            return lookup;
        }
    }

    private async Task<List<string>> VpcIdsAsync()
    {
        if (_vpcIds is null)
        {
            _vpcIds = [];
            string? token = null;
            do
            {
                var page = await region.Directory.ListAsync(new ResourceQuery { Kind = ResourceKind.Vpc, MaxResults = ResourceQuery.MaxPageSize, NextToken = token });
                _vpcIds.AddRange(page.Items.Select(i => i.Id));
                token = page.NextToken;
            }
            while (!string.IsNullOrEmpty(token));
        }

        return _vpcIds;
    }

    private static EcsError Named(EcsError error, string parameter) => error with { Message = $"{error.Message} ({parameter})" };
}
