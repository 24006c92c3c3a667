namespace SgGrid.Api.WhatIf.Responses;

/// <summary><c>{"PortRange": ["first/last", ...]}</c>.</summary>
public sealed record PortRangeList(IReadOnlyList<string> PortRange);
