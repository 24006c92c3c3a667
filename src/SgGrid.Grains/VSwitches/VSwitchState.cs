namespace SgGrid.Grains.VSwitches;

/// <summary>A vSwitch's persisted state. Plain strings and arrays, so any storage serializer round-trips it.</summary>
[GenerateSerializer, Alias("sggrid.VSwitchState")]
public sealed class VSwitchState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string AccountId { get; set; } = "";
    [Id(2)] public string RegionId { get; set; } = "";
    [Id(3)] public string VpcId { get; set; } = "";
    [Id(4)] public string ZoneId { get; set; } = "";
    [Id(5)] public string CidrBlock { get; set; } = "";
    [Id(6)] public string Name { get; set; } = "";
    [Id(7)] public string Description { get; set; } = "";
    [Id(8)] public string ResourceGroupId { get; set; } = "";
    [Id(9)] public Dictionary<string, string> Tags { get; set; } = [];
    [Id(10)] public DateTimeOffset CreationTime { get; set; }

    /// <summary>The address pool's bitmap (<c>AddressPool.ExportBits</c>): 8 KiB for a /16.</summary>
    [Id(11)] public ulong[] AddressBits { get; set; } = [];

    /// <summary>Where the pool's next-fit search resumes.</summary>
    [Id(12)] public int AddressCursor { get; set; }

    /// <summary>The vSwitch's IPv6 /64 as text, or null when it has none.</summary>
    [Id(13)] public string? Ipv6CidrBlock { get; set; }

    /// <summary>The index of the /64 in the VPC's /56 it was created with (CreateVSwitch's <c>Ipv6CidrBlock</c>).</summary>
    [Id(14)] public int? Ipv6CidrBlockIndex { get; set; }
}
