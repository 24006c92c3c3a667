namespace SgGrid.Grains.Vpcs;

/// <summary>The IPv6 pool's persisted state: the next block number, and the block number of each live VPC.</summary>
[GenerateSerializer, Alias("sggrid.Ipv6CidrAllocatorState")]
public sealed class Ipv6CidrAllocatorState
{
    [Id(0)] public long Next { get; set; }

    /// <summary>VPC id → the number of its /56 (<c>Ipv6Blocks.VpcBlock</c>).</summary>
    [Id(1)] public Dictionary<string, long> Blocks { get; set; } = [];
}
