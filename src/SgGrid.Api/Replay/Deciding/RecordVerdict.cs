using SgGrid.Domain.Evaluation;
using SgGrid.Domain.FlowLogs;

namespace SgGrid.Api.Replay.Deciding;

/// <summary>One record's verdicts (per-record answers): the record and each asked world's decision (null when not asked or unknown ENI).</summary>
public readonly record struct RecordVerdict(FlowLogRecord Record, DecisionExplanation? Production, DecisionExplanation? Scenario);
