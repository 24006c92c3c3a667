using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Validation;

/// <summary>
/// What ModifySecurityGroupRule / ModifySecurityGroupEgressRule may not change, per ECS's usage notes: the kind of the rule's
/// authorization object (CIDR block or address, security group, prefix list) and its address family (an IPv4 block stays
/// IPv4; a prefix list of one family is replaced only by a list of the same family).
/// </summary>
public static class AuthorizationObjectChange
{
    /// <summary>The error when <paramref name="modified"/>'s remote changes <paramref name="current"/>'s kind or family, else null.</summary>
    /// <param name="current">The rule as stored.</param>
    /// <param name="modified">The rule as the modification would leave it.</param>
    /// <param name="prefixListFamily">The address family of a prefix list by id, or null when unknown (not checked then).</param>
    public static EcsError? Check(SecurityGroupRule current, SecurityGroupRule modified, Func<string, IpFamily?> prefixListFamily)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(modified);
        ArgumentNullException.ThrowIfNull(prefixListFamily);
        switch (current.Remote, modified.Remote)
        {
            case (CidrPeer from, CidrPeer to):
                return from.Cidr.Family == to.Cidr.Family ? null : ValidationErrors.AuthorizationObjectFamilyChange(from.Cidr.Family, to.Cidr.Family);
            case (SecurityGroupPeer, SecurityGroupPeer):
                return null;
            case (PrefixListPeer from, PrefixListPeer to):
                return from.PrefixListId != to.PrefixListId && prefixListFamily(from.PrefixListId) is { } old && prefixListFamily(to.PrefixListId) is { } now && old != now
                    ? ValidationErrors.AuthorizationObjectFamilyChange(old, now)
                    : null;
            default:
                return ValidationErrors.AuthorizationObjectKindChange(KindOf(current.Remote), KindOf(modified.Remote));
        }
    }

    private static string KindOf(RemotePeer remote) => remote switch
    {
        CidrPeer => "CIDR block",
        SecurityGroupPeer => "security group",
        PrefixListPeer => "prefix list",
        _ => remote.GetType().Name,
    };
}
