using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.WhatIf;

/// <summary>
/// The decisions behind a verdict in one world: the sender's egress and the receiver's ingress (null for an external end),
/// to be explained with that world's policy of the endpoint's ENI.
/// </summary>
public sealed record WhatIfSides(FilterDecision? Source, FilterDecision? Destination)
{
    public bool Allowed => (Source?.Allowed ?? true) && (Destination?.Allowed ?? true);
}
