using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Api.Health.Findings;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Health;

namespace SgGrid.Api.Health.Actions;

/// <summary>
/// DescribeSecurityGroupHealth (SgGrid 2026-11-28): for a <c>SecurityGroupId</c> (its rules over every member ENI) or a
/// <c>NetworkInterfaceId</c> (the rules of all its groups), findings with the rules involved and a one-line explanation:
/// exact <c>Shadowed</c> / <c>Conflicting</c> / <c>Redundant</c> / <c>MatchesNothing</c> (decision D9), the console's
/// <c>PairwiseContained</c>, <c>Unused</c> (no hit since the last ResetRuleHits), <c>RiskyExposure</c>, and for a group
/// <c>EmptyGroup</c>, <c>UnreferencedGroup</c> and <c>GroupNearQuota</c>. Works in a what-if scenario's region too.
/// </summary>
public sealed class DescribeSecurityGroupHealth : IRpcAction
{
    public string Name => nameof(DescribeSecurityGroupHealth);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Optional("SecurityGroupId", TenantRegion.MaxIdLength);
        var eniId = reader.Optional("NetworkInterfaceId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if ((groupId is null) == (eniId is null))
        {
            return groupId is null
                ? ApiErrors.Missing("SecurityGroupId")
                : new EcsError(EcsErrorCodes.InvalidParameterConflict, "Name either SecurityGroupId or NetworkInterfaceId, not both.");
        }

        var findings = groupId is not null ? await ForGroupAsync(context, region!, groupId) : await ForNetworkInterfaceAsync(region!, eniId!, context.CancellationToken);
        if (findings.Error is { } failed)
        {
            return failed;
        }

        var ordered = findings.Findings!.OrderBy(f => FindingTypeOrder(f.Type)).ThenBy(f => f.SecurityGroupId, StringComparer.Ordinal)
            .ThenBy(f => f.SecurityGroupRuleIds.SecurityGroupRuleId is [var first, ..] ? first : null, StringComparer.Ordinal).ToArray();
        return RpcResult.Ok(new Response(groupId, eniId, findings.NetworkInterfaces, findings.PolicyClasses, ordered.Length, new FindingList(ordered)));
    }

    private static int FindingTypeOrder(string type) => FindingTypes.Order.IndexOf(type);

    private static async Task<Result> ForGroupAsync(RpcContext context, TenantRegion region, string groupId)
    {
        if (await region.FindSecurityGroupAsync(groupId) is not { } info)
        {
            return new Result(SecurityGroupErrors.NotFound());
        }

        // The exact analysis, the rules, the hits (summed over the members) and the referrers are independent: asked at once.
        var grain = region.SecurityGroup(groupId);
        var analysis = region.Grains.GetRuleHealth().AnalyzeSecurityGroupAsync(region.Owner, groupId, context.CancellationToken);
        var ruleViews = grain.GetRulesAsync();
        var counted = grain.GetRuleHitsAsync(region.Owner);
        var referrerIds = grain.GetReferrersAsync();
        await Task.WhenAll(analysis, ruleViews, counted, referrerIds);
        var health = await analysis;
        if (!health.Succeeded)
        {
            return new Result(health.Errors[0]);
        }

        var rules = (await ruleViews).Select(r => r.Rule).ToArray();
        var hits = await counted;
        var findings = new List<HealthFinding>(RuleFindings.FromHealth(health.Value!));
        findings.AddRange(RuleFindings.PairwiseContained(groupId, rules));
        findings.AddRange(RuleFindings.RiskyExposure(groupId, rules));
        if (hits.Succeeded)
        {
            var since = hits.Value!.LastResetTime is { } reset ? $"since the last ResetRuleHits ({EcsTime.Format(reset)})" : "since the group was created";
            findings.AddRange(RuleFindings.Unused(groupId, rules, RuleFindings.HitsByRule(hits.Value.Rules), since, $"counted over {hits.Value.MembersCounted} member ENI(s)"));
        }

        findings.AddRange(GroupFindings.Of(info, (await referrerIds).Length, SecurityGroupCalls.Quotas(context)));
        return new Result(findings, health.Value!.NetworkInterfaceCount, health.Value.PolicyClassCount);
    }

    private static async Task<Result> ForNetworkInterfaceAsync(TenantRegion region, string eniId, CancellationToken cancellationToken)
    {
        if (await region.FindNetworkInterfaceAsync(eniId) is not { } eni)
        {
            return new Result(InstanceApiErrors.NetworkInterfaceNotFound());
        }

        var health = await region.Grains.GetRuleHealth().AnalyzeNetworkInterfaceAsync(region.Owner, eniId, cancellationToken);
        if (!health.Succeeded)
        {
            return new Result(health.Errors[0]);
        }

        var perGroup = await Task.WhenAll(eni.SecurityGroupIds.Select(async groupId =>
        {
            var rules = region.SecurityGroup(groupId).GetRulesAsync();
            var hits = region.NetworkInterface(eniId).GetRuleHitsAsync(groupId);
            return (GroupId: groupId, Rules: (await rules).Select(r => r.Rule).ToArray(), Hits: await hits);
        }));
        var findings = new List<HealthFinding>(RuleFindings.FromHealth(health.Value!));
        foreach (var (groupId, rules, hits) in perGroup)
        {
            findings.AddRange(RuleFindings.PairwiseContained(groupId, rules));
            findings.AddRange(RuleFindings.RiskyExposure(groupId, rules));
            findings.AddRange(RuleFindings.Unused(groupId, rules, RuleFindings.HitsByRule(hits), "on this ENI since its counters were last reset", $"in {groupId}"));
        }

        return new Result(findings, 1, 1);
    }

    private sealed record Result(IReadOnlyList<HealthFinding>? Findings, int NetworkInterfaces, int PolicyClasses, EcsError? Error = null)
    {
        public Result(EcsError error)
            : this(null, 0, 0, error)
        {
        }
    }

    /// <param name="SecurityGroupId">The group analyzed, when one was named.</param>
    /// <param name="NetworkInterfaceId">The ENI analyzed, when one was named.</param>
    /// <param name="NetworkInterfaceCount">ENIs the exact analysis covered (0 for a group without members, analyzed alone).</param>
    /// <param name="PolicyClassCount">Distinct effective policies analyzed.</param>
    /// <param name="TotalCount">Findings.</param>
    /// <param name="Findings">The findings, by type then group then rule.</param>
    public sealed record Response(string? SecurityGroupId, string? NetworkInterfaceId, int NetworkInterfaceCount, int PolicyClassCount, int TotalCount, FindingList Findings);

    public sealed record FindingList(IReadOnlyList<HealthFinding> Finding);
}
