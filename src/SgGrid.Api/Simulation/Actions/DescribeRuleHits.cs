using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.SecurityGroups;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Domain.Validation;

namespace SgGrid.Api.Simulation.Actions;

/// <summary>
/// DescribeRuleHits (SgGrid 2026-11-28): how many flow decisions each rule of a group made since the last ResetRuleHits,
/// summed over the group's members — every evaluation counts (CheckFlow, CheckFlows, load). Rules never used show 0.
/// </summary>
public sealed class DescribeRuleHits : IRpcAction
{
    public string Name => nameof(DescribeRuleHits);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var groupId = reader.Required("SecurityGroupId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await region!.FindSecurityGroupAsync(groupId) is null)
        {
            return SecurityGroupErrors.NotFound();
        }

        var report = await region.SecurityGroup(groupId).GetRuleHitsAsync(region.Owner);
        if (!report.Succeeded)
        {
            return RpcResult.Fail(report.Errors);
        }

        var value = report.Value!;
        return RpcResult.Ok(new Response(
            groupId,
            value.LastResetTime is { } reset ? EcsTime.Format(reset) : null,
            value.MembersCounted,
            new RuleList([.. value.Rules.Select(r => new Rule(r.SecurityGroupRuleId, EnumParsers.ToEcsString(r.Direction), r.Hits))])));
    }

    public sealed record Response(string SecurityGroupId, string? LastResetTime, int NetworkInterfaceCount, RuleList Rules);

    public sealed record RuleList(IReadOnlyList<Rule> Rule);

    public sealed record Rule(string SecurityGroupRuleId, string Direction, long Hits);
}
