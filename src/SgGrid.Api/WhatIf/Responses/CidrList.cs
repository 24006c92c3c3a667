namespace SgGrid.Api.WhatIf.Responses;

/// <summary><c>{"Cidr": [...]}</c>.</summary>
public sealed record CidrList(IReadOnlyList<string> Cidr);
