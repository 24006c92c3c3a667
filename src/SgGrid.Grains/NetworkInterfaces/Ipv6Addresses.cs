using System.Collections.Immutable;
using System.Security.Cryptography;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>
/// An ENI's IPv6 addresses: the given ones, which must lie in the vSwitch's /64, and as many more drawn at random from the
/// block (64 random host bits; the VPC's address index refuses the rare collision, as it does a duplicate).
/// </summary>
internal static class Ipv6Addresses
{
    public static Outcome<AddressAllocation> Plan(VSwitchInfo vSwitch, ImmutableArray<NetworkAddress> given, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (given.IsEmpty && count == 0)
        {
            return Outcomes.Success(new AddressAllocation([]));
        }

        if (vSwitch.Ipv6CidrBlock is not { } block)
        {
            return Outcomes.Failure<AddressAllocation>(NetworkInterfaceErrors.Ipv6NotTurnOn(vSwitch.VSwitchId));
        }

        foreach (var address in given)
        {
            if (!block.Contains(address))
            {
                return Outcomes.Failure<AddressAllocation>(NetworkInterfaceErrors.Ipv6OutsideVSwitch(address.ToString(), block.ToString()));
            }
        }

        var addresses = new List<NetworkAddress>(given);
        Span<byte> random = stackalloc byte[8];
        while (addresses.Count < given.Length + count)
        {
            RandomNumberGenerator.Fill(random);
            var host = BitConverter.ToUInt64(random);
            if (host <= 1)
            {
                continue; // keep the subnet-router anycast and the first address free
            }

            var address = new NetworkAddress(block.First | host, IpFamily.IPv6);
            if (!addresses.Contains(address))
            {
                addresses.Add(address);
            }
        }

        return Outcomes.Success(new AddressAllocation([.. addresses]));
    }
}
