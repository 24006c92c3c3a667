namespace SgGrid.Domain.Validation;

/// <summary>The limits a tenant's security groups obey (decision D5). Every value is a count.</summary>
/// <remarks>
/// The defaults are ECS's current documented limits (200 rules per group from the 2021-2024 docs). They arrive as
/// arguments, never as globals, so a what-if tenant may lift them.
/// </remarks>
public sealed record SecurityGroupQuotas
{
    public static SecurityGroupQuotas Default { get; } = new();

    /// <summary>Security groups one network interface may belong to.</summary>
    public int GroupsPerNetworkInterface { get; init; } = 10;

    /// <summary>Rules (ingress + egress) across all groups of one network interface.</summary>
    public int RulesPerNetworkInterface { get; init; } = 1000;

    /// <summary>Rules (ingress + egress) in one group.</summary>
    public int RulesPerGroup { get; init; } = 200;

    /// <summary>Rules that reference a security group, in one basic group (advanced groups may hold none).</summary>
    public int GroupReferenceRulesPerGroup { get; init; } = 20;

    /// <summary>Private IP addresses (all kinds) of the network interfaces in one basic group.</summary>
    public int PrivateIpsPerBasicGroup { get; init; } = 6000;

    /// <summary>Network interfaces in one advanced group.</summary>
    public int NetworkInterfacesPerAdvancedGroup { get; init; } = 65536;

    /// <summary>Security groups of one account in one region (CreateSecurityGroup: "up to 100 … in a single region").</summary>
    public int SecurityGroupsPerRegion { get; init; } = 100;

    /// <summary><c>Permissions.N</c> entries (or rule ids) in one Authorize or Revoke call.</summary>
    public int PermissionsPerCall { get; init; } = 100;

    /// <summary>What-if scenarios of one account in one region (SgGrid's own; each is a full copy of one VPC's control plane).</summary>
    public int WhatIfScenariosPerRegion { get; init; } = 20;
}
