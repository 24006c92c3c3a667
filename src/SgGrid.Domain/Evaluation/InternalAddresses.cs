using SgGrid.Domain.Addresses;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Evaluation;

/// <summary>
/// The one notion of "internal" (decision D2, docs/semantics.md): the private ranges (RFC 1918, 100.64.0.0/10, fc00::/7),
/// every IPv4 and IPv6 block of the ENI's VPC, and the addresses of its groups' members (in the VPC by construction; counting
/// them keeps policies built without the VPC's blocks consistent). The platform's outbound TCP 25 block applies only outside
/// it, and intra-group trust only ever accepts addresses inside it, so the two never disagree about an address.
/// </summary>
public static class InternalAddresses
{
    /// <summary>The internal network of an ENI in <paramref name="groups"/> (all of one VPC).</summary>
    public static AddressSet Of(IReadOnlyList<SecurityGroupSnapshot> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var sets = new List<AddressSet>(1 + (2 * groups.Count)) { PrivateAddressRanges.Set };
        foreach (var group in groups)
        {
            sets.Add(group.MemberAddresses);
            if (group.VpcAddresses is { } vpc)
            {
                sets.Add(vpc);
            }
        }

        return AddressSet.UnionAll(sets);
    }
}
