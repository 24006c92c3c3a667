namespace SgGrid.Api.Regions.Responses;

/// <summary><c>"Problems": {"Problem": [{Path, Code, Message}]}</c>.</summary>
public sealed record ImportProblemList(IReadOnlyList<ImportProblem> Problem);
