using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SgGrid.Domain.Compilation;

/// <summary>
/// A bucket table over the interval starts of a small axis (ports, protocols): the values below the last start are cut
/// into buckets of 2^shift values, each mapped to the interval holding its first value, so a lookup reads one bucket and
/// steps over the few starts inside it (a binary search in a crowded one) instead of a binary search over all of them.
/// </summary>
/// <remarks>
/// Buckets cover <c>[0, last start)</c> only (values from the last start on are in the last interval), and their width is
/// the smallest power of two giving at most two buckets per interval (or 256 buckets, whichever is more), so the table
/// is at most ~4 bytes per interval or 512 bytes; below 256 (every protocol, the lowest ports) a bucket is one value
/// and the lookup is a single read. Only for axes of 16 bits or fewer.
/// Exact for any axis; fast when the starts inside a bucket are few, which the width keeps true on average.
/// </remarks>
internal sealed class IntervalBuckets
{
    private const int BucketsPerInterval = 2;
    private const int LinearSteps = 8;
    private const int DirectBuckets = 256; // a bucket per value up to here (512 bytes): every protocol, the lowest ports

    private readonly ushort[] _first; // per bucket, then one sentinel: the interval holding the bucket's first value
    private readonly int _shift;
    private readonly int _limit;   // the last start: values ≥ it are in the last interval
    private readonly int _last;

    private IntervalBuckets(ushort[] first, int shift, int limit, int last)
    {
        _first = first;
        _shift = shift;
        _limit = limit;
        _last = last;
    }

    public long FootprintBytes => _first.Length * 2L;

    /// <summary>Null for a single interval (nothing to look up).</summary>
    public static IntervalBuckets? Build<T>(T[] starts)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (starts.Length < 2)
        {
            return null;
        }

        var limit = int.CreateTruncating(starts[^1]);
        var budget = Math.Max(BucketsPerInterval * starts.Length, DirectBuckets);
        var shift = 0;
        while ((limit >> shift) + 1 > budget)
        {
            shift++;
        }

        var count = (limit >> shift) + 1;
        var first = new ushort[count + 1]; // an axis of at most 16 bits has at most 65,536 intervals
        for (var b = 0; b <= count; b++)
        {
            first[b] = (ushort)IntervalStarts.IndexOf(starts, T.CreateTruncating(Math.Min(b << shift, limit)));
        }

        return new IntervalBuckets(first, shift, limit, starts.Length - 1);
    }

    /// <summary>The same answer as <see cref="IntervalStarts.IndexOf{T}(T[], T)"/>: the largest i with <c>starts[i] ≤ value</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf<T>(T[] starts, T value)
        where T : unmanaged, IBinaryInteger<T>
    {
        var key = int.CreateTruncating(value);
        if (key >= _limit)
        {
            return _last;
        }

        ref var first = ref MemoryMarshal.GetArrayDataReference(_first);
        if (_shift == 0)
        {
            return Unsafe.Add(ref first, key); // one value per bucket: the table is the answer
        }

        var b = key >> _shift;
        int i = Unsafe.Add(ref first, b);
        int end = Unsafe.Add(ref first, b + 1);
        ref var start = ref MemoryMarshal.GetArrayDataReference(starts);
        switch (end - i)
        {
            case 0:
                return i;
            case 1:
                return Unsafe.Add(ref start, end) <= value ? end : i;
            case > LinearSteps:
                return IntervalStarts.IndexOf(starts, value, i, end); // a crowded bucket
            default:
                while (i < end && Unsafe.Add(ref start, i + 1) <= value)
                {
                    i++;
                }

                return i;
        }
    }
}
