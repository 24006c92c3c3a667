using System.Collections.Immutable;
using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Analysis;

/// <summary>The fewest CIDR blocks that exactly cover a set of addresses.</summary>
public static class CidrCover
{
    public static ImmutableArray<IpCidr> Of(ValueSet addresses, IpFamily family)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var bits = NetworkAddress.BitsOf(family);
        var blocks = ImmutableArray.CreateBuilder<IpCidr>();
        foreach (var (first, last) in addresses.Intervals)
        {
            var start = first;
            while (true)
            {
                // The largest aligned block at start that does not pass last.
                var alignment = start == 0 ? bits : (int)UInt128.TrailingZeroCount(start);
                var size = Math.Min(alignment, bits);
                while (size > 0 && (size >= 128 ? UInt128.MaxValue : start + ((UInt128.One << size) - 1)) > last)
                {
                    size--;
                }

                blocks.Add(new IpCidr(new NetworkAddress(start, family), bits - size));
                var blockLast = size >= 128 ? UInt128.MaxValue : start + ((UInt128.One << size) - 1);
                if (blockLast >= last)
                {
                    break;
                }

                start = blockLast + 1;
            }
        }

        return blocks.ToImmutable();
    }
}
