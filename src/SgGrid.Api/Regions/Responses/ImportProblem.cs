namespace SgGrid.Api.Regions.Responses;

/// <summary>One problem of a snapshot: a JSON path into it, the ECS code, and why.</summary>
public sealed record ImportProblem(string Path, string Code, string Message);
