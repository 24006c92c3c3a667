namespace SgGrid.Api.Regions.Responses;

/// <summary>What an ImportRegion error carries beside Code and Message: every problem, and the job when one ran.</summary>
public sealed record ImportProblemDetails(ImportProblemList Problems, string? JobId = null);
