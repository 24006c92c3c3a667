using System.Collections.Immutable;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// An immutable set of unsigned values (addresses, protocol numbers, ports) as sorted, disjoint, non-adjacent inclusive
/// intervals: one dimension of a <see cref="PacketBox"/>.
/// </summary>
public sealed class ValueSet : IEquatable<ValueSet>
{
    private readonly ImmutableArray<(UInt128 First, UInt128 Last)> _intervals;

    private ValueSet(ImmutableArray<(UInt128 First, UInt128 Last)> intervals) => _intervals = intervals;

    public static ValueSet Empty { get; } = new([]);

    public ImmutableArray<(UInt128 First, UInt128 Last)> Intervals => _intervals;

    public bool IsEmpty => _intervals.IsEmpty;

    public static ValueSet Range(UInt128 first, UInt128 last) => first > last ? Empty : new([(first, last)]);

    public static ValueSet Point(UInt128 value) => new([(value, value)]);

    /// <summary>A set from any intervals (overlapping, adjacent or unsorted): they are merged.</summary>
    public static ValueSet Of(IEnumerable<(UInt128 First, UInt128 Last)> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var sorted = intervals.Where(i => i.First <= i.Last).OrderBy(i => i.First).ToList();
        var merged = ImmutableArray.CreateBuilder<(UInt128 First, UInt128 Last)>(sorted.Count);
        foreach (var (first, last) in sorted)
        {
            if (merged.Count > 0 && (merged[^1].Last == UInt128.MaxValue || first <= merged[^1].Last + 1))
            {
                if (last > merged[^1].Last)
                {
                    merged[^1] = (merged[^1].First, last);
                }
            }
            else
            {
                merged.Add((first, last));
            }
        }

        return new(merged.ToImmutable());
    }

    public bool Contains(UInt128 value)
    {
        foreach (var (first, last) in _intervals)
        {
            if (value < first)
            {
                return false;
            }

            if (value <= last)
            {
                return true;
            }
        }

        return false;
    }

    public ValueSet Intersect(ValueSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = ImmutableArray.CreateBuilder<(UInt128 First, UInt128 Last)>();
        int i = 0, j = 0;
        while (i < _intervals.Length && j < other._intervals.Length)
        {
            var first = UInt128.Max(_intervals[i].First, other._intervals[j].First);
            var last = UInt128.Min(_intervals[i].Last, other._intervals[j].Last);
            if (first <= last)
            {
                result.Add((first, last));
            }

            if (_intervals[i].Last < other._intervals[j].Last)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result.Count == 0 ? Empty : new(result.ToImmutable());
    }

    public ValueSet Subtract(ValueSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty || IsEmpty)
        {
            return this;
        }

        var result = ImmutableArray.CreateBuilder<(UInt128 First, UInt128 Last)>();
        var j = 0;
        foreach (var (first, last) in _intervals)
        {
            var start = first;
            var done = false;
            while (j < other._intervals.Length && other._intervals[j].Last < start)
            {
                j++;
            }

            for (var k = j; k < other._intervals.Length && other._intervals[k].First <= last; k++)
            {
                var (cutFirst, cutLast) = other._intervals[k];
                if (cutFirst > start)
                {
                    result.Add((start, cutFirst - 1));
                }

                if (cutLast >= last)
                {
                    done = true;
                    break;
                }

                start = UInt128.Max(start, cutLast + 1);
            }

            if (!done && start <= last)
            {
                result.Add((start, last));
            }
        }

        return result.Count == 0 ? Empty : new(result.ToImmutable());
    }

    public bool IsSubsetOf(ValueSet other) => Subtract(other).IsEmpty;

    public bool Equals(ValueSet? other) => other is not null && _intervals.AsSpan().SequenceEqual(other._intervals.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as ValueSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var interval in _intervals)
        {
            hash.Add(interval);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => IsEmpty ? "{}" : string.Join(",", _intervals.Select(i => i.First == i.Last ? $"{i.First}" : $"{i.First}-{i.Last}"));
}
