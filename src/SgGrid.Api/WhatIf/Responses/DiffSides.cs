using SgGrid.Api.Simulation.Responses;

namespace SgGrid.Api.WhatIf.Responses;

/// <summary>One world's verdict of a difference's flows and the entries that decided it, shaped like CheckFlow's sides.</summary>
public sealed record DiffSides(bool Allowed, FlowSide SourceSide, FlowSide DestinationSide);
