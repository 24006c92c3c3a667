using System.Globalization;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Health.Findings;

/// <summary>Findings about a group as a whole: empty, unreferenced, near a quota.</summary>
public static class GroupFindings
{
    /// <summary>The share of a quota from which a group is reported as near it.</summary>
    public const double NearQuotaShare = 0.8;

    public static IEnumerable<HealthFinding> Of(SecurityGroupInfo group, int referrers, SecurityGroupQuotas quotas)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(quotas);
        if (group.MemberCount == 0)
        {
            yield return referrers > 0
                ? Finding(FindingTypes.EmptyGroup, group, $"Security group {group.SecurityGroupId} has no member ENI: the {referrers} group(s) whose rules reference it match nothing through those rules.")
                : Finding(FindingTypes.UnreferencedGroup, group, $"Security group {group.SecurityGroupId} has no member ENI and no group references it: nothing uses it, it can be deleted.");
        }

        var near = new List<string>();
        Check(near, "rules (a prefix-list rule weighing its list's MaxEntries)", group.RuleWeight, quotas.RulesPerGroup);
        if (group.Type == SecurityGroupType.Normal)
        {
            Check(near, "group-reference rules", group.GroupToGroupRuleCount, quotas.GroupReferenceRulesPerGroup);
            Check(near, "member private IP addresses", group.MemberAddressCount, quotas.PrivateIpsPerBasicGroup);
        }
        else
        {
            Check(near, "member ENIs", group.MemberCount, quotas.NetworkInterfacesPerAdvancedGroup);
        }

        foreach (var text in near)
        {
            yield return Finding(FindingTypes.GroupNearQuota, group, $"Security group {group.SecurityGroupId} holds {text}: plan a split before changes are refused.");
        }
    }

    private static void Check(List<string> near, string what, int used, int limit)
    {
        if (limit > 0 && used >= limit * NearQuotaShare)
        {
            near.Add(string.Create(CultureInfo.InvariantCulture, $"{used} of {limit} {what} ({100.0 * used / limit:0}%)"));
        }
    }

    private static HealthFinding Finding(string type, SecurityGroupInfo group, string explanation) => new()
    {
        Type = type,
        SecurityGroupId = group.SecurityGroupId,
        SecurityGroupRuleIds = new RuleIdList([]),
        Explanation = explanation,
    };
}
