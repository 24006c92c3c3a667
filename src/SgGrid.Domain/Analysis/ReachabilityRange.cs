using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>Destination ports decided alike end to end: the verdict and each side's deciding decision (null for an external end).</summary>
public sealed record ReachabilityRange(PortRange DestinationPorts, bool Allowed, FilterDecision? Source, FilterDecision? Destination);
