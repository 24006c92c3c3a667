using System.Globalization;
using System.Text.RegularExpressions;

namespace SgGrid.Api.Ecs.Resources;

/// <summary>
/// RunInstances' names for the n-th of several instances: ECS's <c>prefix[begin,bits]suffix</c> pattern
/// (<c>web-[1,3]</c> → <c>web-001</c>, <c>web-002</c>…), or with <c>UniqueSuffix</c> the name followed by <c>001</c>,
/// <c>002</c>… (up to 999), or the same name for all.
/// </summary>
public static partial class InstanceNaming
{
    /// <summary>The largest index UniqueSuffix can number (three digits).</summary>
    public const int MaxUniqueSuffix = 999;

    /// <summary>The name of the instance at 0-based <paramref name="index"/>, or null when <paramref name="name"/> is null.</summary>
    public static string? NameAt(string? name, int index, bool uniqueSuffix)
    {
        if (name is null)
        {
            return null;
        }

        var match = Pattern().Match(name);
        if (match.Success)
        {
            var begin = int.Parse(match.Groups["begin"].Value, CultureInfo.InvariantCulture);
            var bits = int.Parse(match.Groups["bits"].Value, CultureInfo.InvariantCulture);
            var number = (begin + index).ToString(CultureInfo.InvariantCulture).PadLeft(bits, '0');
            return match.Groups["prefix"].Value + number + match.Groups["suffix"].Value;
        }

        return uniqueSuffix ? name + (index + 1).ToString("000", CultureInfo.InvariantCulture) : name;
    }

    /// <summary>Whether <paramref name="name"/> uses the numbering pattern (then UniqueSuffix adds nothing).</summary>
    public static bool HasPattern(string name) => Pattern().IsMatch(name);

    /// <summary>
    /// A Linux host name: 2-64 characters of letters, digits, periods and hyphens, neither starting nor ending with a period
    /// or hyphen, and no two periods in a row.
    /// </summary>
    public static bool IsValidHostName(string hostName)
    {
        ArgumentNullException.ThrowIfNull(hostName);
        return hostName.Length is >= 2 and <= 64
            && hostName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            && hostName[0] is not ('.' or '-') && hostName[^1] is not ('.' or '-')
            && !hostName.Contains("..", StringComparison.Ordinal);
    }

    // begin 0-999999 (up to 6 digits), bits 1-6.
    [GeneratedRegex(@"^(?<prefix>[^\[\]]*)\[(?<begin>\d{1,6}),(?<bits>[1-6])\](?<suffix>[^\[\]]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
