using System.Globalization;

namespace SgGrid.Domain.Rules;

/// <summary>An inclusive range of ports, <c>From ≤ port ≤ To</c>.</summary>
/// <remarks>
/// <see cref="All"/> (0-65535) is what ECS writes as <c>-1/-1</c>: it matches every port, including the port 0
/// of a protocol without ports. A TCP/UDP range written by a user starts at 1 or above, so it never matches port 0.
/// </remarks>
public readonly record struct PortRange(ushort From, ushort To)
{
    public static PortRange All { get; } = new(0, ushort.MaxValue);

    /// <summary>
    /// The ports of a TCP or UDP connection, 1-65535: the ports rules can name. Flow checks refuse port 0, and reachability,
    /// health and what-if analyses cover exactly these ports (docs/semantics.md, "Port 0").
    /// </summary>
    public static PortRange ConnectionPorts { get; } = new(1, ushort.MaxValue);

    public bool IsAll => From == 0 && To == ushort.MaxValue;

    public static PortRange Of(ushort port) => new(port, port);

    public bool Contains(ushort port) => port >= From && port <= To;

    public bool Contains(PortRange other) => other.From >= From && other.To <= To;

    /// <summary>Parses <c>start/end</c> with 1 ≤ start ≤ end ≤ 65535, or <c>-1/-1</c> for <see cref="All"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PortRange range)
    {
        range = default;
        text = text.Trim();
        var slash = text.IndexOf('/');
        if (slash <= 0 || slash == text.Length - 1)
        {
            return false;
        }

        var fromText = text[..slash];
        var toText = text[(slash + 1)..];
        if (fromText.SequenceEqual("-1") && toText.SequenceEqual("-1"))
        {
            range = All;
            return true;
        }

        if (!TryParsePort(fromText, out var from) || !TryParsePort(toText, out var to) || from < 1 || from > to)
        {
            return false;
        }

        range = new PortRange((ushort)from, (ushort)to);
        return true;
    }

    public static PortRange Parse(string text) =>
        TryParse(text, out var range) ? range : throw new FormatException($"'{text}' is not a port range.");

    /// <summary>The ECS spelling: <c>-1/-1</c> for all ports, else <c>from/to</c>.</summary>
    public override string ToString() => IsAll ? "-1/-1" : $"{From}/{To}";

    private static bool TryParsePort(ReadOnlySpan<char> text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= ushort.MaxValue;
}
