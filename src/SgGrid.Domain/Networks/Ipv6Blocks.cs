using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Networks;

/// <summary>
/// The IPv6 blocks of VPCs and vSwitches: a VPC with IPv6 gets the <c>N</c>-th /56 of <see cref="VpcPool"/>
/// (2408:4000::/20, a range the cloud hands out), and a vSwitch gets the /64 of its VPC's /56 at an 8-bit index.
/// </summary>
/// <remarks>
/// Block numbers come from one allocator for the whole emulator, so no two VPCs share a /56; within a VPC the VPC grain
/// keeps the vSwitch indexes unique. The /64 a vSwitch gets is where its ENIs' IPv6 addresses come from.
/// </remarks>
public static class Ipv6Blocks
{
    public const int VpcPrefixLength = 56;
    public const int VSwitchPrefixLength = 64;

    /// <summary>The largest vSwitch index (CreateVSwitch's <c>Ipv6CidrBlock</c>: the last 8 bits of the /64's prefix).</summary>
    public const int MaxVSwitchIndex = 255;

    /// <summary>Where VPC blocks come from.</summary>
    public static IpCidr VpcPool { get; } = IpCidr.Parse("2408:4000::/20");

    /// <summary>How many /56 blocks <see cref="VpcPool"/> holds (2^36).</summary>
    public static long VpcBlockCount => 1L << (VpcPrefixLength - VpcPool.PrefixLength);

    /// <summary>The <paramref name="number"/>-th /56 of the pool (0-based, below <see cref="VpcBlockCount"/>).</summary>
    public static IpCidr VpcBlock(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, VpcBlockCount);
        var first = VpcPool.First + ((UInt128)(ulong)number << (128 - VpcPrefixLength));
        return new IpCidr(new NetworkAddress(first, IpFamily.IPv6), VpcPrefixLength);
    }

    /// <summary>The number <see cref="VpcBlock"/> gives <paramref name="block"/> for, or null when it is not a /56 of the pool.</summary>
    public static long? VpcBlockNumber(IpCidr block) =>
        block.Family == IpFamily.IPv6 && block.PrefixLength == VpcPrefixLength && VpcPool.Contains(block)
            ? (long)(ulong)((block.First - VpcPool.First) >> (128 - VpcPrefixLength))
            : null;

    /// <summary>The /64 at <paramref name="index"/> (0-255) of a VPC's /56.</summary>
    public static IpCidr VSwitchBlock(IpCidr vpcBlock, int index)
    {
        if (vpcBlock.Family != IpFamily.IPv6 || vpcBlock.PrefixLength != VpcPrefixLength)
        {
            throw new ArgumentException($"A VPC's IPv6 block is a /{VpcPrefixLength}, not {vpcBlock}.", nameof(vpcBlock));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, MaxVSwitchIndex);
        var first = vpcBlock.First + ((UInt128)(uint)index << (128 - VSwitchPrefixLength));
        return new IpCidr(new NetworkAddress(first, IpFamily.IPv6), VSwitchPrefixLength);
    }
}
