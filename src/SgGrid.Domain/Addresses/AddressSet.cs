using System.Collections.Immutable;

namespace SgGrid.Domain.Addresses;

/// <summary>An immutable set of IPv4 and IPv6 addresses, kept as sorted, merged, disjoint intervals per family.</summary>
/// <remarks>
/// Two sets with the same addresses are equal whatever CIDR blocks built them, so a set can key a cache of
/// compiled filters. Membership is a binary search.
/// </remarks>
public sealed class AddressSet : IEquatable<AddressSet>
{
    private readonly AddressInterval[] _ipv4;
    private readonly AddressInterval[] _ipv6;
    private readonly int _hash;

    private AddressSet(AddressInterval[] ipv4, AddressInterval[] ipv6)
    {
        _ipv4 = ipv4;
        _ipv6 = ipv6;
        var hash = new HashCode();
        foreach (var i in ipv4)
        {
            hash.Add(i);
        }

        hash.Add(-1);
        foreach (var i in ipv6)
        {
            hash.Add(i);
        }

        _hash = hash.ToHashCode();
    }

    public static AddressSet Empty { get; } = new([], []);

    public bool IsEmpty => _ipv4.Length == 0 && _ipv6.Length == 0;

    /// <summary>The number of addresses in the set (saturating at <see cref="UInt128.MaxValue"/>).</summary>
    public UInt128 Count
    {
        get
        {
            UInt128 count = 0;
            foreach (var interval in _ipv4)
            {
                count += interval.Last - interval.First + 1;
            }

            foreach (var interval in _ipv6)
            {
                var size = interval.Last - interval.First;
                count = size == UInt128.MaxValue || UInt128.MaxValue - count <= size ? UInt128.MaxValue : count + size + 1;
            }

            return count;
        }
    }

    public static AddressSet Of(params IpCidr[] cidrs) => FromCidrs(cidrs);

    public static AddressSet FromCidrs(IEnumerable<IpCidr> cidrs)
    {
        ArgumentNullException.ThrowIfNull(cidrs);
        var v4 = new List<AddressInterval>();
        var v6 = new List<AddressInterval>();
        foreach (var cidr in cidrs)
        {
            (cidr.Family == IpFamily.IPv4 ? v4 : v6).Add(AddressInterval.Of(cidr));
        }

        return v4.Count == 0 && v6.Count == 0 ? Empty : new AddressSet(Merge(v4), Merge(v6));
    }

    public static AddressSet FromAddresses(IEnumerable<NetworkAddress> addresses) =>
        FromCidrs(addresses.Select(IpCidr.Host));

    /// <summary>The disjoint intervals of one family, ascending.</summary>
    public ReadOnlySpan<AddressInterval> Intervals(IpFamily family) => family == IpFamily.IPv4 ? _ipv4 : _ipv6;

    public bool Contains(NetworkAddress address)
    {
        var intervals = family(address.Family);
        int lo = 0, hi = intervals.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var interval = intervals[mid];
            if (address.Value < interval.First)
            {
                hi = mid - 1;
            }
            else if (address.Value > interval.Last)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;

        AddressInterval[] family(IpFamily f) => f == IpFamily.IPv4 ? _ipv4 : _ipv6;
    }

    /// <summary>The union of many sets, merged once (linearithmic in the total number of intervals).</summary>
    public static AddressSet UnionAll(IEnumerable<AddressSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var v4 = new List<AddressInterval>();
        var v6 = new List<AddressInterval>();
        foreach (var set in sets)
        {
            v4.AddRange(set._ipv4);
            v6.AddRange(set._ipv6);
        }

        return v4.Count == 0 && v6.Count == 0 ? Empty : new AddressSet(Merge(v4), Merge(v6));
    }

    public AddressSet Union(AddressSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty)
        {
            return this;
        }

        return IsEmpty ? other : new AddressSet(Merge([.. _ipv4, .. other._ipv4]), Merge([.. _ipv6, .. other._ipv6]));
    }

    /// <summary>The minimal CIDR blocks covering exactly this set, IPv4 first.</summary>
    public ImmutableArray<IpCidr> ToCidrs()
    {
        var result = ImmutableArray.CreateBuilder<IpCidr>();
        AddBlocks(_ipv4, IpFamily.IPv4, result);
        AddBlocks(_ipv6, IpFamily.IPv6, result);
        return result.ToImmutable();
    }

    public bool Equals(AddressSet? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (_hash == other._hash && _ipv4.AsSpan().SequenceEqual(other._ipv4) && _ipv6.AsSpan().SequenceEqual(other._ipv6)));

    public override bool Equals(object? obj) => Equals(obj as AddressSet);

    public override int GetHashCode() => _hash;

    public override string ToString() => IsEmpty ? "{}" : string.Join(", ", ToCidrs());

    private static AddressInterval[] Merge(List<AddressInterval> intervals)
    {
        if (intervals.Count == 0)
        {
            return [];
        }

        intervals.Sort((a, b) => a.First.CompareTo(b.First));
        var merged = new List<AddressInterval>(intervals.Count) { intervals[0] };
        for (var i = 1; i < intervals.Count; i++)
        {
            var last = merged[^1];
            var next = intervals[i];
            // Adjacent intervals merge too; last.Last + 1 cannot overflow when next starts after it.
            if (next.First <= last.Last || next.First - 1 == last.Last)
            {
                if (next.Last > last.Last)
                {
                    merged[^1] = last with { Last = next.Last };
                }
            }
            else
            {
                merged.Add(next);
            }
        }

        return [.. merged];
    }

    private static void AddBlocks(AddressInterval[] intervals, IpFamily family, ImmutableArray<IpCidr>.Builder result)
    {
        var bits = NetworkAddress.BitsOf(family);
        foreach (var interval in intervals)
        {
            var first = interval.First;
            while (true)
            {
                // The largest aligned block starting at `first` that does not pass interval.Last.
                var length = bits;
                while (length > 0)
                {
                    var candidate = length - 1;
                    var mask = IpCidr.HostMask(family, candidate);
                    if ((first & mask) != 0 || (first | mask) > interval.Last)
                    {
                        break;
                    }

                    length = candidate;
                }

                var block = new IpCidr(new NetworkAddress(first, family), length);
                result.Add(block);
                if (block.Last >= interval.Last)
                {
                    break;
                }

                first = block.Last + 1;
            }
        }
    }
}
