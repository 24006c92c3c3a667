namespace SgGrid.Api.WhatIf.Responses;

/// <summary><c>{"SecurityGroupId": [...]}</c>.</summary>
public sealed record SecurityGroupIdList(IReadOnlyList<string> SecurityGroupId);
