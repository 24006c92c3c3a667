using CsCheck;
using SgGrid.Domain.Compilation;

namespace SgGrid.Domain.Tests.Compilation;

/// <summary>The bucket table answers exactly what the binary search over the interval starts answers.</summary>
public class IntervalBucketsTests
{
    private static readonly Gen<ushort[]> StartsGen =
        Gen.Frequency(
                (2, Gen.UShort[1, 600]),             // dense low ports, like rules on well-known ports
                (1, Gen.UShort),                     // anywhere
                (1, Gen.UShort[65_000, ushort.MaxValue]))
            .Array[0, 300]
            .Select(values => values.Append((ushort)0).Distinct().Order().ToArray());

    [Fact]
    public void IndexOf_RandomStartsAndValues_EqualsBinarySearch()
    {
        Gen.Select(StartsGen, Gen.UShort.Array[200]).Sample((starts, values) =>
        {
            var buckets = IntervalBuckets.Build(starts);
            if (starts.Length < 2)
            {
                Assert.Null(buckets);
                return;
            }

            foreach (var value in values.Concat(starts).Concat(starts.Select(s => (ushort)Math.Max(0, s - 1))).Append(ushort.MaxValue))
            {
                Assert.Equal(IntervalStarts.IndexOf(starts, value), buckets!.IndexOf(starts, value));
            }
        }, iter: 2000);
    }

    [Fact]
    public void IndexOf_EveryProtocol_EqualsBinarySearch()
    {
        byte[] starts = [0, 1, 6, 7, 17, 18, 47, 48, 255];
        var buckets = IntervalBuckets.Build(starts)!;
        for (var value = 0; value <= byte.MaxValue; value++)
        {
            Assert.Equal(IntervalStarts.IndexOf(starts, (byte)value), buckets.IndexOf(starts, (byte)value));
        }
    }
}
