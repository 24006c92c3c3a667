using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.NetworkInterfaces;

namespace SgGrid.Api.WhatIf.Binding;

/// <summary>
/// DescribeWhatIfDiff's <c>Source</c>/<c>Destination</c> filter as addresses: an ENI id (its addresses in production and
/// in the scenario), an instance id (those of its ENIs), an IP address or a CIDR block.
/// </summary>
public static class DiffEndFilter
{
    /// <summary>The addresses, or null when the text is none of the four or names nothing of the tenant's in either world.</summary>
    public static async Task<AddressSet?> ResolveAsync(string text, TenantRegion production, TenantRegion staging)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(staging);
        if (text.StartsWith(ResourceIds.NetworkInterfacePrefix, StringComparison.Ordinal))
        {
            var found = new[] { await production.FindNetworkInterfaceAsync(text), await staging.FindNetworkInterfaceAsync(text) }.OfType<NetworkInterfaceInfo>().ToArray();
            return found.Length == 0 ? null : AddressSet.UnionAll(found.Select(AddressesOf));
        }

        if (text.StartsWith(ResourceIds.InstancePrefix, StringComparison.Ordinal))
        {
            var sets = new List<AddressSet>();
            foreach (var region in new[] { production, staging })
            {
                if (await region.FindInstanceAsync(text) is { } instance)
                {
                    foreach (var id in instance.SecondaryNetworkInterfaceIds.Prepend(instance.PrimaryNetworkInterfaceId))
                    {
                        if (await region.FindNetworkInterfaceAsync(id) is { } eni)
                        {
                            sets.Add(AddressesOf(eni));
                        }
                    }
                }
            }

            return sets.Count == 0 ? null : AddressSet.UnionAll(sets);
        }

        if (text.Length <= 49 && IpCidr.TryParse(text, out var cidr))
        {
            return AddressSet.Of(cidr);
        }

        return text.Length <= 45 && NetworkAddress.TryParse(text, out var address) ? AddressSet.FromAddresses([address]) : null;
    }

    private static AddressSet AddressesOf(NetworkInterfaceInfo eni) =>
        AddressSet.FromAddresses([eni.PrimaryIpAddress, .. eni.SecondaryIpAddresses, .. eni.Ipv6Addresses]);
}
