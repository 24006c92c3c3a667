namespace SgGrid.Api.Simulation.Responses;

/// <summary>Why one flow of a CheckFlows batch was not decided: the ECS error it would have answered alone.</summary>
public sealed record FlowError(string Code, string Message);
