namespace SgGrid.Api.Simulation.Responses;

/// <summary>CheckFlow's answer, and each element of CheckFlows' <c>Verdicts.Verdict</c>: the verdict (both sides allow) and each side.</summary>
public sealed record FlowVerdict(bool Allowed, FlowDescription Flow, FlowSide SourceSide, FlowSide DestinationSide);
