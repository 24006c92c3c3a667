using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;

namespace SgGrid.Domain.Networks;

/// <summary>Which CIDR blocks a VPC and a vSwitch may have (CreateVpc / CreateVSwitch).</summary>
public static class NetworkCidrRules
{
    public const int VpcMinimumPrefixLength = 8;
    public const int VpcMaximumPrefixLength = 28;
    public const int VSwitchMinimumPrefixLength = AddressPool.MinimumPrefixLength;
    public const int VSwitchMaximumPrefixLength = AddressPool.MaximumPrefixLength;

    // Ranges a VPC may not use: "this network", shared address space (carrier NAT), loopback, link-local, multicast and reserved.
    private static readonly IpCidr[] Forbidden =
    [
        IpCidr.Parse("0.0.0.0/8"),
        IpCidr.Parse("100.64.0.0/10"),
        IpCidr.Parse("127.0.0.0/8"),
        IpCidr.Parse("169.254.0.0/16"),
        IpCidr.Parse("224.0.0.0/3"),
    ];

    /// <summary>The error a VPC with <paramref name="cidr"/> gets, or null when the block is acceptable.</summary>
    public static EcsError? CheckVpcCidr(IpCidr cidr)
    {
        if (cidr.Family != IpFamily.IPv4 || cidr.PrefixLength < VpcMinimumPrefixLength || cidr.PrefixLength > VpcMaximumPrefixLength)
        {
            return NetworkErrors.InvalidVpcCidrBlock(cidr);
        }

        foreach (var forbidden in Forbidden)
        {
            if (forbidden.Overlaps(cidr))
            {
                return NetworkErrors.InvalidVpcCidrBlock(cidr);
            }
        }

        return null;
    }

    /// <summary>The error a vSwitch with <paramref name="cidr"/> gets on its own (mask, family), or null.</summary>
    public static EcsError? CheckVSwitchCidr(IpCidr cidr) =>
        cidr.Family != IpFamily.IPv4 || cidr.PrefixLength < VSwitchMinimumPrefixLength || cidr.PrefixLength > VSwitchMaximumPrefixLength
            ? NetworkErrors.InvalidVSwitchCidrBlock(cidr)
            : null;

    /// <summary>
    /// The error a vSwitch with <paramref name="cidr"/> gets in a VPC of <paramref name="vpcCidr"/> whose other vSwitches
    /// have <paramref name="siblings"/> (vSwitch id → block), or null.
    /// </summary>
    public static EcsError? CheckVSwitchInVpc(IpCidr cidr, IpCidr vpcCidr, IEnumerable<KeyValuePair<string, IpCidr>> siblings)
    {
        ArgumentNullException.ThrowIfNull(siblings);
        if (CheckVSwitchCidr(cidr) is { } error)
        {
            return error;
        }

        if (!vpcCidr.Contains(cidr))
        {
            return NetworkErrors.VSwitchCidrOutsideVpc(cidr, vpcCidr);
        }

        foreach (var (id, other) in siblings)
        {
            if (other.Overlaps(cidr))
            {
                return NetworkErrors.VSwitchCidrOverlapped(cidr, id);
            }
        }

        return null;
    }
}
