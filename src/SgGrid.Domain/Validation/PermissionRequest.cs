namespace SgGrid.Domain.Validation;

/// <summary>
/// One <c>Permissions.N</c> entry of an Authorize or Revoke request (or the deprecated flat rule fields), as the
/// raw strings ECS receives. Null or empty means "not given".
/// </summary>
/// <remarks>
/// The direction comes from the action, not from these fields. Ingress (<c>AuthorizeSecurityGroup</c>): the remote
/// peer is <c>Source*</c> and the quintuple local address is <see cref="DestCidrIp"/> / <see cref="Ipv6DestCidrIp"/>.
/// Egress (<c>AuthorizeSecurityGroupEgress</c>): the remote is <c>Dest*</c> and the local address is
/// <see cref="SourceCidrIp"/> / <see cref="Ipv6SourceCidrIp"/>. Group and prefix-list fields of the other direction
/// do not exist in that action and are ignored.
/// </remarks>
public sealed record PermissionRequest
{
    /// <summary>TCP, UDP, ICMP, ICMPv6, GRE, ALL (any case) or an IANA number 0-255.</summary>
    public string? IpProtocol { get; init; }

    /// <summary>Destination ports <c>start/end</c>; <c>-1/-1</c> for protocols without ports.</summary>
    public string? PortRange { get; init; }

    /// <summary>Source ports <c>start/end</c>; absent means unrestricted.</summary>
    public string? SourcePortRange { get; init; }

    public string? SourceCidrIp { get; init; }

    public string? Ipv6SourceCidrIp { get; init; }

    public string? DestCidrIp { get; init; }

    public string? Ipv6DestCidrIp { get; init; }

    public string? SourceGroupId { get; init; }

    public string? SourceGroupOwnerAccount { get; init; }

    /// <summary>An account number (a long on the wire).</summary>
    public string? SourceGroupOwnerId { get; init; }

    public string? SourcePrefixListId { get; init; }

    public string? DestGroupId { get; init; }

    public string? DestGroupOwnerAccount { get; init; }

    /// <summary>An account number (a long on the wire).</summary>
    public string? DestGroupOwnerId { get; init; }

    public string? DestPrefixListId { get; init; }

    /// <summary>accept (default) or drop, any case.</summary>
    public string? Policy { get; init; }

    /// <summary>An integer 1-100 (default 1); smaller wins.</summary>
    public string? Priority { get; init; }

    /// <summary>internet or intranet, any case. A VPC rule is always stored as intranet.</summary>
    public string? NicType { get; init; }

    /// <summary>1-512 characters.</summary>
    public string? Description { get; init; }

    /// <summary>A port range list; ignored when <see cref="PortRange"/> is given.</summary>
    public string? PortRangeListId { get; init; }
}
