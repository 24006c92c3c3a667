namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>One way to make a template's request invalid: a parameter and how to spoil it.</summary>
internal sealed record FuzzBreak(string Parameter, FuzzKind Kind, int Min = 0, int Max = 0, string Prefix = "", string? Value = null, string? OtherTenantId = null);
