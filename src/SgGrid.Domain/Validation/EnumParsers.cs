using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Validation;

/// <summary>
/// Case-insensitive parsers for the ECS enumerations (decision D6) and their ECS output spellings:
/// <c>Accept/Drop</c>, <c>ingress/egress</c>, <c>normal/enterprise</c>, <c>intranet/internet</c>.
/// </summary>
/// <remarks>Input is trimmed and compared ordinally, ignoring case. Empty input never parses.</remarks>
public static class EnumParsers
{
    /// <summary>Parses a rule <c>Policy</c>: accept or drop.</summary>
    public static bool TryParseRulePolicy(ReadOnlySpan<char> text, out RulePolicy policy)
    {
        text = text.Trim();
        policy = default;
        if (text.Equals("accept", StringComparison.OrdinalIgnoreCase)) { policy = RulePolicy.Accept; return true; }
        if (text.Equals("drop", StringComparison.OrdinalIgnoreCase)) { policy = RulePolicy.Drop; return true; }
        return false;
    }

    /// <summary>Parses a group's <c>InnerAccessPolicy</c>: Accept or Drop. On failure report <see cref="ValidationErrors.InvalidInnerAccessPolicy"/>.</summary>
    public static bool TryParseInnerAccessPolicy(ReadOnlySpan<char> text, out InnerAccessPolicy policy)
    {
        text = text.Trim();
        policy = default;
        if (text.Equals("accept", StringComparison.OrdinalIgnoreCase)) { policy = InnerAccessPolicy.Accept; return true; }
        if (text.Equals("drop", StringComparison.OrdinalIgnoreCase)) { policy = InnerAccessPolicy.Drop; return true; }
        return false;
    }

    /// <summary>Parses a rule <c>Direction</c>: ingress or egress.</summary>
    public static bool TryParseDirection(ReadOnlySpan<char> text, out Direction direction)
    {
        text = text.Trim();
        direction = default;
        if (text.Equals("ingress", StringComparison.OrdinalIgnoreCase)) { direction = Direction.Ingress; return true; }
        if (text.Equals("egress", StringComparison.OrdinalIgnoreCase)) { direction = Direction.Egress; return true; }
        return false;
    }

    /// <summary>Parses <c>SecurityGroupType</c>: normal (basic) or enterprise (advanced).</summary>
    public static bool TryParseSecurityGroupType(ReadOnlySpan<char> text, out SecurityGroupType type)
    {
        text = text.Trim();
        type = default;
        if (text.Equals("normal", StringComparison.OrdinalIgnoreCase)) { type = SecurityGroupType.Normal; return true; }
        if (text.Equals("enterprise", StringComparison.OrdinalIgnoreCase)) { type = SecurityGroupType.Enterprise; return true; }
        return false;
    }

    /// <summary>Parses <c>NicType</c>: intranet or internet.</summary>
    public static bool TryParseNicType(ReadOnlySpan<char> text, out NicType nicType)
    {
        text = text.Trim();
        nicType = default;
        if (text.Equals("intranet", StringComparison.OrdinalIgnoreCase)) { nicType = NicType.Intranet; return true; }
        if (text.Equals("internet", StringComparison.OrdinalIgnoreCase)) { nicType = NicType.Internet; return true; }
        return false;
    }

    /// <summary>The ECS spelling: <c>Accept</c> or <c>Drop</c>.</summary>
    public static string ToEcsString(RulePolicy policy) => policy == RulePolicy.Drop ? "Drop" : "Accept";

    /// <summary>The ECS spelling: <c>Accept</c> or <c>Drop</c>.</summary>
    public static string ToEcsString(InnerAccessPolicy policy) => policy == InnerAccessPolicy.Drop ? "Drop" : "Accept";

    /// <summary>The ECS spelling: <c>ingress</c> or <c>egress</c>.</summary>
    public static string ToEcsString(Direction direction) => direction == Direction.Egress ? "egress" : "ingress";

    /// <summary>The ECS spelling: <c>normal</c> or <c>enterprise</c>.</summary>
    public static string ToEcsString(SecurityGroupType type) => type == SecurityGroupType.Enterprise ? "enterprise" : "normal";

    /// <summary>The ECS spelling: <c>intranet</c> or <c>internet</c>.</summary>
    public static string ToEcsString(NicType nicType) => nicType == NicType.Internet ? "internet" : "intranet";
}
