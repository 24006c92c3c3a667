using SgGrid.Domain.FlowLogs.Replay;

namespace SgGrid.Api.Replay.Responses;

/// <summary>
/// What decided records on one side: <c>Reason</c> <c>Rule</c> (with the group, rule id, priority and policy),
/// <c>IntraGroup</c> (the trusting group), <c>Default</c> or <c>Platform</c>; the verdict; and, in totals, the records decided so.
/// </summary>
public sealed record RuleFigure(string Direction, string Reason, bool Allowed)
{
    public string? SecurityGroupId { get; init; }
    public string? SecurityGroupRuleId { get; init; }
    public int? Priority { get; init; }
    public string? Policy { get; init; }
    public string? PlatformRuleName { get; init; }
    public long? Records { get; init; }
    public long? Packets { get; init; }
    public long? Bytes { get; init; }

    public static RuleFigure From(RuleKey key, TrafficTotals? totals = null)
    {
        var d = key.Decision;
        return new RuleFigure(key.Direction == Domain.Rules.Direction.Ingress ? "ingress" : "egress", d.Reason.ToString(), d.Allowed)
        {
            SecurityGroupId = d.SecurityGroupId,
            SecurityGroupRuleId = d.SecurityGroupRuleId,
            Priority = d.Priority,
            Policy = d.Policy?.ToString(),
            PlatformRuleName = d.PlatformRuleName,
            Records = totals?.Records,
            Packets = totals?.Packets,
            Bytes = totals?.Bytes,
        };
    }
}
