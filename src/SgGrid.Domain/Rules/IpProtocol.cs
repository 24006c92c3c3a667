namespace SgGrid.Domain.Rules;

/// <summary>The protocol of a rule: one IANA protocol number, or <see cref="All"/>.</summary>
/// <remarks>
/// Named protocols are normalized to their numbers (TCP 6, UDP 17, ICMP 1, ICMPv6 58, GRE 47), so the
/// numeric spelling <c>6</c> is the same protocol as <c>TCP</c>. Only TCP and UDP carry port ranges.
/// </remarks>
public readonly record struct IpProtocol
{
    public const byte TcpNumber = 6;
    public const byte UdpNumber = 17;
    public const byte IcmpNumber = 1;
    public const byte IcmpV6Number = 58;
    public const byte GreNumber = 47;

    private IpProtocol(bool isAll, byte number)
    {
        IsAll = isAll;
        Number = number;
    }

    public static IpProtocol All { get; } = new(true, 0);
    public static IpProtocol Tcp { get; } = new(false, TcpNumber);
    public static IpProtocol Udp { get; } = new(false, UdpNumber);
    public static IpProtocol Icmp { get; } = new(false, IcmpNumber);
    public static IpProtocol IcmpV6 { get; } = new(false, IcmpV6Number);
    public static IpProtocol Gre { get; } = new(false, GreNumber);

    /// <summary>True for the rule protocol ALL, which matches every protocol number.</summary>
    public bool IsAll { get; }

    /// <summary>The IANA protocol number; meaningless when <see cref="IsAll"/>.</summary>
    public byte Number { get; }

    /// <summary>TCP and UDP: the protocols whose rules carry real port ranges.</summary>
    public bool HasPorts => !IsAll && Number is TcpNumber or UdpNumber;

    public static IpProtocol FromNumber(byte number) => new(false, number);

    public bool Matches(byte flowProtocol) => IsAll || Number == flowProtocol;

    /// <summary>Parses TCP, UDP, ICMP, ICMPv6, GRE, ALL (any case) or, when allowed, a number 0-255.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool acceptNumeric, out IpProtocol protocol)
    {
        text = text.Trim();
        protocol = default;
        if (text.Equals("TCP", StringComparison.OrdinalIgnoreCase)) { protocol = Tcp; return true; }
        if (text.Equals("UDP", StringComparison.OrdinalIgnoreCase)) { protocol = Udp; return true; }
        if (text.Equals("ICMP", StringComparison.OrdinalIgnoreCase)) { protocol = Icmp; return true; }
        if (text.Equals("ICMPv6", StringComparison.OrdinalIgnoreCase)) { protocol = IcmpV6; return true; }
        if (text.Equals("GRE", StringComparison.OrdinalIgnoreCase)) { protocol = Gre; return true; }
        if (text.Equals("ALL", StringComparison.OrdinalIgnoreCase)) { protocol = All; return true; }
        if (acceptNumeric && text.Length is > 0 and <= 3 && text.IndexOfAnyExceptInRange('0', '9') < 0 &&
            int.TryParse(text, out var number) && number <= 255)
        {
            protocol = FromNumber((byte)number);
            return true;
        }

        return false;
    }

    public static IpProtocol Parse(string text) =>
        TryParse(text, acceptNumeric: true, out var protocol) ? protocol : throw new FormatException($"'{text}' is not a protocol.");

    /// <summary>The ECS spelling: TCP, UDP, ICMP, ICMPv6, GRE, ALL, or the number.</summary>
    public override string ToString() => IsAll ? "ALL" : Number switch
    {
        TcpNumber => "TCP",
        UdpNumber => "UDP",
        IcmpNumber => "ICMP",
        IcmpV6Number => "ICMPv6",
        GreNumber => "GRE",
        _ => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
