using System.Globalization;

namespace SgGrid.Grains.Persistence;

/// <summary>Where the partitions of a <see cref="PartitionedMap{TValue}"/> are stored: one record per partition, under a grain id of their own.</summary>
internal static class MapPartitions
{
    /// <summary>The state name the partitions are stored under (the one every SgGrid grain uses).</summary>
    public const string StateName = "state";

    private static readonly GrainType PartitionType = GrainType.Create("sggrid-partition");

    /// <summary>The storage id of partition <paramref name="number"/> of the map <paramref name="name"/> of <paramref name="owner"/>.</summary>
    public static GrainId IdOf(GrainId owner, string name, int number) =>
        GrainId.Create(PartitionType, $"{owner}/{name}/{number.ToString(CultureInfo.InvariantCulture)}");
}
