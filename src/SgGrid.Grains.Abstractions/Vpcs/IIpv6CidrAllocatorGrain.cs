using SgGrid.Domain.Addresses;

namespace SgGrid.Grains.Abstractions.Vpcs;

/// <summary>
/// The emulator's one pool of VPC IPv6 blocks (key <see cref="Key"/>): the /56 blocks of 2408:4000::/20 in order, one per
/// VPC that enables IPv6, so no two VPCs of any tenant or region share one. A block is never handed out twice.
/// </summary>
[Alias("sggrid.IIpv6CidrAllocatorGrain")]
public interface IIpv6CidrAllocatorGrain : IGrainWithIntegerKey
{
    /// <summary>The only key the pool uses.</summary>
    public const long Key = 0;

    /// <summary>The VPC's /56: a fresh one, or the one it was given already (a retried creation gets the same block).</summary>
    [Alias("Allocate")]
    Task<IpCidr> AllocateAsync(string vpcId);

    /// <summary>
    /// The VPC takes <paramref name="block"/> (a /56 of the pool, <c>Ipv6Blocks.VpcBlockNumber</c>): true when it holds it now
    /// (again, for a retry), false when another VPC holds it or it is not a block of the pool. The counter skips reserved blocks.
    /// </summary>
    [Alias("Reserve")]
    Task<bool> ReserveAsync(string vpcId, IpCidr block);

    /// <summary>The VPC was deleted: forget it (its block stays used, so it is never given to another VPC).</summary>
    [Alias("Release")]
    Task ReleaseAsync(string vpcId);
}
