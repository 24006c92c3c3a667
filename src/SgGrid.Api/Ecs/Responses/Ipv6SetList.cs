using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.Ecs.Responses;

/// <summary><c>"Ipv6Sets": {"Ipv6Set": [{"Ipv6Address"}]}</c>, empty for an ENI without IPv6 addresses.</summary>
public sealed record Ipv6SetList(IReadOnlyList<Ipv6SetItem> Ipv6Set)
{
    public static Ipv6SetList From(NetworkInterfaceInfo networkInterface)
    {
        ArgumentNullException.ThrowIfNull(networkInterface);
        return new([.. networkInterface.Ipv6Addresses.Select(a => new Ipv6SetItem(a.ToString()))]);
    }
}
