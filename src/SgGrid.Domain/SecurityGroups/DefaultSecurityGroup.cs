using System.Collections.Immutable;
using SgGrid.Domain.Validation;

namespace SgGrid.Domain.SecurityGroups;

/// <summary>
/// What a VPC's default security group looks like when SgGrid creates it (decision D8): a basic group with
/// <c>InnerAccessPolicy=Accept</c> and the rules below, created lazily the first time an instance is launched in the VPC
/// without a group. It is an ordinary group afterwards: its owner may change or delete it.
/// </summary>
/// <remarks>
/// The rules are <see cref="PermissionRequest"/>s, so they pass the same validation as an AuthorizeSecurityGroup call and
/// can come from configuration (the <c>DefaultGroupRules</c> option of D8).
/// </remarks>
public sealed record DefaultSecurityGroup
{
    /// <summary>SgGrid's default (D8): inbound accept TCP 22, TCP 3389 and ICMP from 0.0.0.0/0 at priority 100; no outbound rules.</summary>
    public static DefaultSecurityGroup Standard { get; } = new()
    {
        Ingress =
        [
            Accept("TCP", "22/22", "SSH"),
            Accept("TCP", "3389/3389", "RDP"),
            Accept("ICMP", "-1/-1", "ICMP"),
        ],
    };

    /// <summary>The group's name.</summary>
    public string Name { get; init; } = "default";

    public string Description { get; init; } = "System created security group.";

    /// <summary>Inbound rules authorized when the group is created.</summary>
    public ImmutableArray<PermissionRequest> Ingress { get; init; } = [];

    /// <summary>Outbound rules authorized when the group is created (none by default: a basic group allows all outbound).</summary>
    public ImmutableArray<PermissionRequest> Egress { get; init; } = [];

    private static PermissionRequest Accept(string protocol, string ports, string description) => new()
    {
        IpProtocol = protocol,
        PortRange = ports,
        SourceCidrIp = "0.0.0.0/0",
        Policy = "accept",
        Priority = "100",
        Description = description,
    };
}
