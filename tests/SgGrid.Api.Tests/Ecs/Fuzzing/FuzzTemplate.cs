namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>An action, a request of it that the region would accept (or refuse for its own reasons), and ways to break it.</summary>
internal sealed record FuzzTemplate(string Action, string Version, (string Name, string Value)[] Base, FuzzBreak[] Breaks);
