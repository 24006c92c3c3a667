using System.Collections.Immutable;

namespace SgGrid.Domain.Analysis;

/// <summary>A set of packets as a union of disjoint <see cref="PacketBox"/>es: what set-based analyses carry around.</summary>
public sealed class PacketRegion
{
    /// <summary>Past this many boxes an analysis stops with <see cref="RegionTooComplexException"/> instead of running away.</summary>
    public const int MaxBoxes = 200_000;

    private PacketRegion(ImmutableArray<PacketBox> boxes) => Boxes = boxes;

    public static PacketRegion Empty { get; } = new([]);

    /// <summary>Disjoint boxes.</summary>
    public ImmutableArray<PacketBox> Boxes { get; }

    public bool IsEmpty => Boxes.IsEmpty;

    public static PacketRegion Of(PacketBox box) => box.IsEmpty ? Empty : new([box]);

    /// <summary>A region from boxes that are already disjoint.</summary>
    public static PacketRegion OfDisjoint(IEnumerable<PacketBox> boxes) => new([.. boxes.Where(b => !b.IsEmpty)]);

    public PacketRegion Intersect(PacketBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        return new([.. Boxes.Select(b => b.Intersect(box)).OfType<PacketBox>()]);
    }

    public PacketRegion Intersect(PacketRegion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. other.Boxes.SelectMany(o => Boxes.Select(b => b.Intersect(o))).OfType<PacketBox>()]);
    }

    public PacketRegion Subtract(PacketBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        var result = ImmutableArray.CreateBuilder<PacketBox>(Boxes.Length);
        foreach (var b in Boxes)
        {
            result.AddRange(b.Subtract(box));
            if (result.Count > MaxBoxes)
            {
                throw new RegionTooComplexException(result.Count);
            }
        }

        return new(result.ToImmutable());
    }

    public PacketRegion Subtract(PacketRegion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var region = this;
        foreach (var box in other.Boxes)
        {
            if (region.IsEmpty)
            {
                break;
            }

            region = region.Subtract(box);
        }

        return region;
    }

    public override string ToString() => IsEmpty ? "{}" : string.Join(" | ", Boxes);
}
