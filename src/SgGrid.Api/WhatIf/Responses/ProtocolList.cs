namespace SgGrid.Api.WhatIf.Responses;

/// <summary><c>{"Protocol": [...]}</c>.</summary>
public sealed record ProtocolList(IReadOnlyList<string> Protocol);
