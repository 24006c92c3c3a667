using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Tests.Support;

/// <summary>Terse group snapshots for tests.</summary>
public static class Group
{
    public static SecurityGroupSnapshot Basic(string id, InnerAccessPolicy inner, string[] members, params SecurityGroupRule[] rules) =>
        new(id, SecurityGroupType.Normal, inner, [.. rules], Members(members));

    public static SecurityGroupSnapshot Basic(string id, params SecurityGroupRule[] rules) =>
        Basic(id, InnerAccessPolicy.Drop, [], rules);

    public static SecurityGroupSnapshot Advanced(string id, string[] members, params SecurityGroupRule[] rules) =>
        new(id, SecurityGroupType.Enterprise, InnerAccessPolicy.Drop, [.. rules], Members(members));

    public static AddressSet Members(params string[] addresses) => AddressSet.FromCidrs(addresses.Select(IpCidr.Parse));

    public static ImmutableArray<SecurityGroupRule> Rules(params SecurityGroupRule[] rules) => [.. rules];
}
