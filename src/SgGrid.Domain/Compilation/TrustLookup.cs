using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.Compilation;

/// <summary>Maps a remote address of one family to the first trusting group whose members hold it, or -1.</summary>
internal sealed class TrustLookup<T>
    where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
{
    private readonly T[] _starts;
    private readonly int[] _groupIndex;

    private TrustLookup(T[] starts, int[] groupIndex)
    {
        _starts = starts;
        _groupIndex = groupIndex;
    }

    public long FootprintBytes => (_starts.Length * (long)Unsafe.SizeOf<T>()) + (_groupIndex.Length * 4L);

    /// <summary>Null when no trusting group has a member address of this family.</summary>
    public static TrustLookup<T>? Build(IReadOnlyList<IntraGroupTrust> trusts, IpFamily family)
    {
        // Walk the trusts in group order; an interval keeps the first group that covers it.
        var events = new List<(T Position, int Trust, int Delta)>();
        for (var t = 0; t < trusts.Count; t++)
        {
            foreach (var interval in trusts[t].Members.Intervals(family))
            {
                var last = T.CreateTruncating(interval.Last);
                events.Add((T.CreateTruncating(interval.First), t, 1));
                if (last != T.MaxValue)
                {
                    events.Add((last + T.One, t, -1));
                }
            }
        }

        if (events.Count == 0)
        {
            return null;
        }

        events.Sort((a, b) => a.Position.CompareTo(b.Position));
        var active = new int[trusts.Count];
        var starts = new List<T>();
        var values = new List<int>();
        var e = 0;
        var position = T.Zero;
        while (true)
        {
            for (; e < events.Count && events[e].Position == position; e++)
            {
                active[events[e].Trust] += events[e].Delta;
            }

            var first = Array.FindIndex(active, c => c > 0);
            var value = first < 0 ? -1 : trusts[first].GroupIndex;
            if (values.Count == 0 || values[^1] != value)
            {
                starts.Add(position);
                values.Add(value);
            }

            if (e == events.Count)
            {
                break;
            }

            position = events[e].Position;
        }

        return new TrustLookup<T>([.. starts], [.. values]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(T remote) => _groupIndex[IntervalStarts.IndexOf(_starts, remote)];
}
