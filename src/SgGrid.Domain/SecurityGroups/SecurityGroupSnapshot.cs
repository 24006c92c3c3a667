using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.SecurityGroups;

/// <summary>What an ENI needs to know of one of its security groups to decide flows.</summary>
/// <remarks>
/// <see cref="MemberAddresses"/> are the private addresses of every ENI in the group (decision D3); they drive
/// intra-group trust. <see cref="Rules"/> are in the group's stored order; references inside them are resolved by
/// an <see cref="IPeerResolver"/> when the effective policy is built. <see cref="VpcAddresses"/> are the IPv4 and IPv6
/// blocks of the group's VPC: with the private ranges they make the internal network of decision D2 (null: not known, as
/// in hand-built policies; the private ranges and the members' addresses still count as internal).
/// </remarks>
public sealed record SecurityGroupSnapshot(
    string GroupId,
    SecurityGroupType Type,
    InnerAccessPolicy InnerAccessPolicy,
    ImmutableArray<SecurityGroupRule> Rules,
    AddressSet MemberAddresses,
    AddressSet? VpcAddresses = null)
{
    /// <summary>Intra-group trust applies: a basic group whose policy is Accept.</summary>
    public bool TrustsMembers => Type == SecurityGroupType.Normal && InnerAccessPolicy == InnerAccessPolicy.Accept;
}
