using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.PrefixLists;

/// <summary>A prefix list's persisted state. Plain strings and collections, so any storage serializer round-trips it.</summary>
[GenerateSerializer, Alias("sggrid.PrefixListState")]
public sealed class PrefixListState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string AccountId { get; set; } = "";
    [Id(2)] public string RegionId { get; set; } = "";
    [Id(3)] public IpFamily AddressFamily { get; set; }
    [Id(4)] public int MaxEntries { get; set; }
    [Id(5)] public string Name { get; set; } = "";
    [Id(6)] public string Description { get; set; } = "";

    /// <summary>CIDR block text → entry description.</summary>
    [Id(7)] public Dictionary<string, string> Entries { get; set; } = [];
    [Id(8)] public DateTimeOffset CreationTime { get; set; }
    [Id(9)] public long Version { get; set; }

    /// <summary>The users' grain ids, as <c>GrainId.ToString()</c>.</summary>
    [Id(10)] public HashSet<string> Users { get; set; } = [];
    [Id(11)] public string ResourceGroupId { get; set; } = "";
    [Id(12)] public Dictionary<string, string> Tags { get; set; } = [];
}
