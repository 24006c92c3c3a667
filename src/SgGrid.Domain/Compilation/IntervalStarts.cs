using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SgGrid.Domain.Compilation;

/// <summary>Lookup in a sorted array of interval starts whose first element is zero (the whole axis is covered).</summary>
internal static class IntervalStarts
{
    /// <summary>The index of the interval holding <paramref name="value"/>: the largest i with <c>starts[i] ≤ value</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf<T>(T[] starts, T value)
        where T : unmanaged, IBinaryInteger<T> =>
        IndexOf(starts, value, 0, starts.Length - 1);

    /// <summary>As <see cref="IndexOf{T}(T[], T)"/>, knowing the answer lies in <c>[lo, hi]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf<T>(T[] starts, T value, int lo, int hi)
        where T : unmanaged, IBinaryInteger<T>
    {
        ref var first = ref MemoryMarshal.GetArrayDataReference(starts);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Unsafe.Add(ref first, mid) <= value)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
