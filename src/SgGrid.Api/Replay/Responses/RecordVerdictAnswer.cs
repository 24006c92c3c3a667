using SgGrid.Api.Replay.Deciding;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.FlowLogs;

namespace SgGrid.Api.Replay.Responses;

/// <summary>
/// One record's verdict (<c>Verdicts=Records</c>): its line, and per asked world whether the ENI's side allows it and which rule
/// (or implicit reason) decided; no world when the ENI is unknown.
/// </summary>
public sealed record RecordVerdictAnswer(long Line, string NetworkInterfaceId, string Direction)
{
    public bool? Allowed { get; init; }
    public string? Reason { get; init; }
    public string? SecurityGroupRuleId { get; init; }
    public bool? ScenarioAllowed { get; init; }
    public string? ScenarioReason { get; init; }
    public string? ScenarioSecurityGroupRuleId { get; init; }

    public static RecordVerdictAnswer From(RecordVerdict verdict)
    {
        var (record, production, scenario) = verdict;
        return new RecordVerdictAnswer(record.Line, record.NetworkInterfaceId, FlowLogWriter.Direction(record.Direction))
        {
            Allowed = production?.Allowed,
            Reason = production?.Reason.ToString(),
            SecurityGroupRuleId = Rule(production),
            ScenarioAllowed = scenario?.Allowed,
            ScenarioReason = scenario?.Reason.ToString(),
            ScenarioSecurityGroupRuleId = Rule(scenario),
        };
    }

    private static string? Rule(DecisionExplanation? decision) => decision?.Reason == DecisionReason.Rule ? decision.SecurityGroupRuleId : null;
}
