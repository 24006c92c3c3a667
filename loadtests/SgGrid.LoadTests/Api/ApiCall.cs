namespace SgGrid.LoadTests.Api;

/// <summary>One request of a stream: the action (as recorded), its version and parameters.</summary>
internal sealed record ApiCall(string Action, string Version, IReadOnlyList<KeyValuePair<string, string>> Parameters);
