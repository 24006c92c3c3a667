using System.Collections.Immutable;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Evaluation;

/// <summary>The switches for every behaviour the sources leave open (decisions D1-D13, docs/semantics.md). Defaults are SgGrid's.</summary>
public sealed record EmulationOptions
{
    public static EmulationOptions Default { get; } = new();

    /// <summary>D1: where intra-group trust bypasses custom rules.</summary>
    public IntraGroupBypass IntraGroupBypass { get; init; } = IntraGroupBypass.Both;

    /// <summary>D2: deny outbound TCP 25 to non-private addresses, before any rule.</summary>
    public bool BlockOutboundTcp25 { get; init; } = true;

    /// <summary>D2: traffic allowed by the platform whatever the rules say. Empty by default.</summary>
    public ImmutableArray<PlatformRule> PlatformAllow { get; init; } = [];

    /// <summary>
    /// D4: whether priority is part of a rule's duplicate identity. False (the default): a rule that differs from an
    /// existing one only in priority is accepted and not added. True keeps the earlier behaviour (it is added).
    /// </summary>
    public bool DuplicateIdentityIncludesPriority { get; init; }

    /// <summary>D7: whether advanced (enterprise) groups may hold drop rules.</summary>
    public bool AdvancedGroupsAllowDrop { get; init; } = true;

    /// <summary>D12: whether numeric IANA protocols 0-255 are accepted in rules.</summary>
    public bool AcceptNumericProtocols { get; init; } = true;

    /// <summary>D8 (<c>DefaultGroupRules</c>): the VPC default group created when an instance is launched without a group.</summary>
    public DefaultSecurityGroup DefaultSecurityGroup { get; init; } = DefaultSecurityGroup.Standard;

    /// <summary>D11: idle timeout of a session.</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromSeconds(910);
}
