using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Responses;

/// <summary><c>"PrivateIpSets": {"PrivateIpSet": [{"PrivateIpAddress", "Primary"}]}</c>: the primary address first, then the secondaries.</summary>
public sealed record PrivateIpSetList(IReadOnlyList<PrivateIpSetItem> PrivateIpSet)
{
    public static PrivateIpSetList From(NetworkInterfaceInfo networkInterface)
    {
        ArgumentNullException.ThrowIfNull(networkInterface);
        return new([
            new PrivateIpSetItem(networkInterface.PrimaryIpAddress.ToString(), true),
            .. networkInterface.SecondaryIpAddresses.Select(a => new PrivateIpSetItem(a.ToString(), false)),
        ]);
    }
}
