namespace SgGrid.Api.WhatIf.Responses;

/// <summary>One end of a difference: an ENI (absent for external addresses) and its addresses concerned as CIDR blocks.</summary>
public sealed record DiffEnd(string? NetworkInterfaceId, CidrList Cidrs);
