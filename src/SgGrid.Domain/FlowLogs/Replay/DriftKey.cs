namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>Drift grouped by the ENI and the rule that decided otherwise than the cloud recorded.</summary>
public readonly record struct DriftKey(string NetworkInterfaceId, FlowLogAction Recorded, RuleKey Decision);
