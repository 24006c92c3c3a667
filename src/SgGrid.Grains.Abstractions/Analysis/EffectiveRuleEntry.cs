namespace SgGrid.Grains.Abstractions.Analysis;

/// <summary>
/// One entry of an ENI's policy in evaluation order (DescribeEffectiveRules): a custom rule of one of its groups, or an implicit
/// entry — the platform's outbound TCP 25 block, a platform allow entry, intra-group trust, the default — where it sits.
/// </summary>
[GenerateSerializer, Immutable, Alias("sggrid.EffectiveRuleEntry")]
public sealed record EffectiveRuleEntry
{
    /// <summary>1-based position in evaluation order.</summary>
    [Id(0)] public required int Position { get; init; }

    /// <summary><c>Platform</c>, <c>IntraGroup</c>, <c>Rule</c> or <c>Default</c>.</summary>
    [Id(1)] public required string Kind { get; init; }

    /// <summary>The verdict of a packet this entry decides.</summary>
    [Id(2)] public required bool Allows { get; init; }

    [Id(3)] public string? SecurityGroupId { get; init; }
    [Id(4)] public string? SecurityGroupRuleId { get; init; }
    [Id(5)] public int? Priority { get; init; }

    /// <summary><c>Accept</c> or <c>Drop</c> for a rule.</summary>
    [Id(6)] public string? Policy { get; init; }

    /// <summary><c>TCP</c>, <c>UDP</c>, <c>ICMP</c>, <c>ICMPv6</c>, <c>GRE</c>, <c>ALL</c> or a number.</summary>
    [Id(7)] public string? Protocol { get; init; }
    [Id(8)] public string? PortRange { get; init; }
    [Id(9)] public string? SourcePortRange { get; init; }

    /// <summary>How the rule names its far end: a CIDR, a group id or a prefix-list id; for trust the trusting group.</summary>
    [Id(10)] public string? Remote { get; init; }

    /// <summary>The far end resolved to address blocks (at most <see cref="MaxRemoteCidrs"/>; <see cref="RemoteCidrCount"/> says how many there are).</summary>
    [Id(11)] public IReadOnlyList<string> RemoteCidrs { get; init; } = [];
    [Id(12)] public int RemoteCidrCount { get; init; }

    /// <summary>The quintuple local block, if the rule has one.</summary>
    [Id(13)] public string? LocalCidr { get; init; }
    [Id(14)] public string? Description { get; init; }

    /// <summary>A platform entry's name (e.g. <c>outbound TCP 25</c>).</summary>
    [Id(15)] public string? Name { get; init; }

    public const int MaxRemoteCidrs = 100;
}
