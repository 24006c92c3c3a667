using System.Globalization;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.Api.Ecs.SecurityGroups;

/// <summary>
/// DescribeSecurityGroupAttribute's <c>NextToken</c>: the last rule returned, as its place in the listing order
/// (creation time, then rule id). A page resumes strictly after it, so rules added, changed or deleted between calls
/// never make a page skip or repeat the others — even when the token's own rule was deleted.
/// </summary>
/// <remarks>Written as 16 hex digits of the creation time's UTC ticks followed by the rule id.</remarks>
public readonly record struct RulePageToken(long CreateTimeTicks, string RuleId) : IComparable<RulePageToken>
{
    private const int TicksDigits = 16;

    /// <summary>Where <paramref name="rule"/> sits in the listing order.</summary>
    public static RulePageToken Of(SecurityGroupRuleView rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.CreateTime.UtcTicks, rule.Rule.RuleId);
    }

    public static bool TryParse(string? text, out RulePageToken token)
    {
        token = default;
        if (text is null || text.Length <= TicksDigits || text.Length > TicksDigits + TenantRegion.MaxIdLength
            || !long.TryParse(text.AsSpan(0, TicksDigits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var ticks)
            || ticks < 0)
        {
            return false;
        }

        var ruleId = text[TicksDigits..];
        if (!ResourceIds.HasShape(ruleId, ResourceIds.SecurityGroupRulePrefix))
        {
            return false;
        }

        token = new(ticks, ruleId);
        return true;
    }

    public int CompareTo(RulePageToken other)
    {
        var byTime = CreateTimeTicks.CompareTo(other.CreateTimeTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(RuleId, other.RuleId);
    }

    public override string ToString() => CreateTimeTicks.ToString("x16", CultureInfo.InvariantCulture) + RuleId;

    public static bool operator <(RulePageToken left, RulePageToken right) => left.CompareTo(right) < 0;

    public static bool operator >(RulePageToken left, RulePageToken right) => left.CompareTo(right) > 0;

    public static bool operator <=(RulePageToken left, RulePageToken right) => left.CompareTo(right) <= 0;

    public static bool operator >=(RulePageToken left, RulePageToken right) => left.CompareTo(right) >= 0;
}
