using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Vpcs;

/// <summary>
/// Private address → ENI for one VPC. Single addresses and small blocks (up to <see cref="ExpandLimit"/> addresses, e.g. an
/// IPv4 /28 prefix) are expanded into a hash map, so a lookup is one probe; larger blocks (IPv6 prefixes) are kept as
/// ranges and scanned, which is fine because ENIs rarely hold them.
/// </summary>
internal sealed class VpcAddressIndex
{
    public const int ExpandLimit = 256;

    private readonly Dictionary<NetworkAddress, string> _single = [];
    private readonly List<(IpFamily Family, AddressInterval Interval, string NetworkInterfaceId)> _ranges = [];
    private readonly Dictionary<string, AddressSet> _byInterface = new(StringComparer.Ordinal);

    public int NetworkInterfaceCount => _byInterface.Count;

    public string? Find(NetworkAddress address)
    {
        if (_single.TryGetValue(address, out var id))
        {
            return id;
        }

        foreach (var (family, interval, owner) in _ranges)
        {
            if (family == address.Family && interval.Contains(address.Value))
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>An address of <paramref name="addresses"/> another ENI holds, or null when none.</summary>
    public NetworkAddress? FindConflict(string networkInterfaceId, AddressSet addresses)
    {
        foreach (var family in (ReadOnlySpan<IpFamily>)[IpFamily.IPv4, IpFamily.IPv6])
        {
            foreach (var interval in addresses.Intervals(family))
            {
                if (IsSmall(interval))
                {
                    for (var value = interval.First; ; value++)
                    {
                        var address = new NetworkAddress(value, family);
                        var owner = Find(address);
                        if (owner is not null && owner != networkInterfaceId)
                        {
                            return address;
                        }

                        if (value == interval.Last)
                        {
                            break;
                        }
                    }
                }
                else
                {
                    foreach (var (otherFamily, other, owner) in _ranges)
                    {
                        if (owner != networkInterfaceId && otherFamily == family && other.First <= interval.Last && interval.First <= other.Last)
                        {
                            return new NetworkAddress(UInt128.Max(other.First, interval.First), family);
                        }
                    }

                    foreach (var (address, owner) in _single)
                    {
                        if (owner != networkInterfaceId && address.Family == family && interval.Contains(address.Value))
                        {
                            return address;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Records (or replaces) the addresses of an ENI. Callers check <see cref="FindConflict"/> first.</summary>
    public void Set(string networkInterfaceId, AddressSet addresses)
    {
        Remove(networkInterfaceId);
        _byInterface[networkInterfaceId] = addresses;
        foreach (var family in (ReadOnlySpan<IpFamily>)[IpFamily.IPv4, IpFamily.IPv6])
        {
            foreach (var interval in addresses.Intervals(family))
            {
                if (!IsSmall(interval))
                {
                    _ranges.Add((family, interval, networkInterfaceId));
                    continue;
                }

                for (var value = interval.First; ; value++)
                {
                    _single[new NetworkAddress(value, family)] = networkInterfaceId;
                    if (value == interval.Last)
                    {
                        break;
                    }
                }
            }
        }
    }

    public bool Remove(string networkInterfaceId)
    {
        if (!_byInterface.Remove(networkInterfaceId, out var previous))
        {
            return false;
        }

        foreach (var family in (ReadOnlySpan<IpFamily>)[IpFamily.IPv4, IpFamily.IPv6])
        {
            foreach (var interval in previous.Intervals(family))
            {
                if (!IsSmall(interval))
                {
                    continue;
                }

                for (var value = interval.First; ; value++)
                {
                    var address = new NetworkAddress(value, family);
                    if (_single.TryGetValue(address, out var owner) && owner == networkInterfaceId)
                    {
                        _single.Remove(address);
                    }

                    if (value == interval.Last)
                    {
                        break;
                    }
                }
            }
        }

        _ranges.RemoveAll(range => range.NetworkInterfaceId == networkInterfaceId);
        return true;
    }

    private static bool IsSmall(AddressInterval interval) => interval.Last - interval.First < ExpandLimit;
}
