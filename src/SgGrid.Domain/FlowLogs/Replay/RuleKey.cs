using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.FlowLogs.Replay;

/// <summary>What decided a side: the direction and the decision in words (a rule with its group, id, priority and policy, or an implicit reason).</summary>
public readonly record struct RuleKey(Direction Direction, DecisionExplanation Decision);
