using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Grains.Scenarios;

/// <summary>What an ENI's directory summary says about it: its groups in association order and its addresses.</summary>
internal static class NetworkInterfaceSummaries
{
    private static readonly string[] AddressFields = ["PrivateIpAddress", "Ipv6Address"];

    public static IReadOnlyList<string> GroupsOf(ResourceSummary summary) =>
        summary.AttributeSets.TryGetValue("SecurityGroupId", out var ids) ? ids : [];

    public static AddressSet AddressesOf(ResourceSummary summary) =>
        AddressSet.FromAddresses(AddressFields
            .SelectMany(field => summary.AttributeSets.GetValueOrDefault(field, []))
            .Select(text => NetworkAddress.TryParse(text, out var address) ? (NetworkAddress?)address : null)
            .OfType<NetworkAddress>());
}
