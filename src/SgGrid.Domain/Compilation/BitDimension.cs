using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SgGrid.Domain.Compilation;

/// <summary>
/// One dimension of a bit-vector classifier (Lakshman and Stiliadis, 1998): the value axis cut into elementary
/// intervals, each mapped to the bitset of rule slots whose range covers it.
/// </summary>
/// <remarks>
/// Adjacent intervals with equal bitsets are merged and equal bitsets are stored once, so an all-wildcard
/// dimension costs one interval and one bitset. A lookup is one binary search; the result is an offset into
/// <see cref="Bits"/> where the interval's <c>words</c> 64-bit words begin.
/// </remarks>
internal sealed class BitDimension<V>
    where V : unmanaged, IBinaryInteger<V>, IMinMaxValue<V>
{
    private readonly V[] _starts;
    private readonly int[] _offsets;
    private readonly IntervalBuckets? _buckets;

    private BitDimension(V[] starts, int[] offsets, ulong[] bits)
    {
        _starts = starts;
        _offsets = offsets;
        Bits = bits;
        // Ports and protocols (16 bits or fewer) are looked up per flow: a bucket table replaces the binary search.
        _buckets = Unsafe.SizeOf<V>() <= sizeof(ushort) ? IntervalBuckets.Build(starts) : null;
    }

    public ulong[] Bits { get; }

    public int IntervalCount => _starts.Length;

    public long FootprintBytes =>
        (_starts.Length * (long)Unsafe.SizeOf<V>()) + (_offsets.Length * 4L) + (Bits.Length * 8L) + (_buckets?.FootprintBytes ?? 0);

    /// <summary>The offset in <see cref="Bits"/> of the bitset of the interval holding <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Lookup(V value) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_offsets),
            _buckets is { } buckets ? buckets.IndexOf(_starts, value) : IntervalStarts.IndexOf(_starts, value));

    /// <summary>Builds the dimension from each slot's ranges (a slot may have several, possibly overlapping).</summary>
    public static BitDimension<V> Build(List<(V First, V Last, int Slot)> ranges, int slotCount)
    {
        var words = Math.Max(1, (slotCount + 63) / 64);
        var events = new List<(V Position, int Slot, int Delta)>(ranges.Count * 2);
        foreach (var (first, last, slot) in ranges)
        {
            events.Add((first, slot, 1));
            if (last != V.MaxValue)
            {
                events.Add((last + V.One, slot, -1));
            }
        }

        events.Sort((a, b) => a.Position.CompareTo(b.Position));

        var counts = new int[slotCount];
        var current = new ulong[words];
        var starts = new List<V>();
        var offsets = new List<int>();
        var bits = new List<ulong>();
        var stored = new Dictionary<ulong, int>();
        var previousOffset = -1;

        var e = 0;
        var position = V.Zero;
        while (true)
        {
            for (; e < events.Count && events[e].Position == position; e++)
            {
                var (_, slot, delta) = events[e];
                var before = counts[slot];
                counts[slot] = before + delta;
                if (before == 0 && delta > 0)
                {
                    current[slot >> 6] |= 1UL << (slot & 63);
                }
                else if (before + delta == 0)
                {
                    current[slot >> 6] &= ~(1UL << (slot & 63));
                }
            }

            var offset = Store(current, bits, stored);
            if (offset != previousOffset)
            {
                starts.Add(position);
                offsets.Add(offset);
                previousOffset = offset;
            }

            if (e == events.Count)
            {
                break;
            }

            position = events[e].Position;
        }

        return new BitDimension<V>([.. starts], [.. offsets], [.. bits]);
    }

    private static int Store(ulong[] current, List<ulong> bits, Dictionary<ulong, int> stored)
    {
        var hash = 14695981039346656037UL;
        foreach (var w in current)
        {
            hash = (hash ^ w) * 1099511628211UL;
            hash ^= hash >> 29;
        }

        var span = CollectionsMarshal.AsSpan(bits);
        if (stored.TryGetValue(hash, out var existing) && span.Slice(existing, current.Length).SequenceEqual(current))
        {
            return existing;
        }

        var offset = bits.Count;
        bits.AddRange(current);
        stored.TryAdd(hash, offset);
        return offset;
    }
}
