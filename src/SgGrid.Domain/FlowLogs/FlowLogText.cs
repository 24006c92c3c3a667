using System.Buffers.Text;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.FlowLogs;

/// <summary>Reads flow-log field values from their UTF-8 text without allocating (IPv6 addresses excepted).</summary>
internal static class FlowLogText
{
    public static bool TryAddress(ReadOnlySpan<byte> text, out NetworkAddress address)
    {
        if (TryIpv4(text, out var value))
        {
            address = NetworkAddress.FromIPv4(value);
            return true;
        }

        address = default;
        if (text.IsEmpty || text.Length > 45 || text.IndexOf((byte)':') < 0)
        {
            return false;
        }

        Span<char> chars = stackalloc char[45];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = (char)text[i];
        }

        return NetworkAddress.TryParse(chars[..text.Length], out address) && address.Family == IpFamily.IPv6;
    }

    /// <summary>A dotted quad (four decimal octets, no leading zeros beyond a lone 0).</summary>
    public static bool TryIpv4(ReadOnlySpan<byte> text, out uint value)
    {
        value = 0;
        var octets = 0;
        var i = 0;
        while (octets < 4)
        {
            var start = i;
            uint octet = 0;
            while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9' && i - start < 3)
            {
                octet = (octet * 10) + (uint)(text[i] - '0');
                i++;
            }

            if (i == start || octet > 255 || (i - start > 1 && text[start] == (byte)'0'))
            {
                return false;
            }

            value = (value << 8) | octet;
            octets++;
            if (octets < 4)
            {
                if (i >= text.Length || text[i] != (byte)'.')
                {
                    return false;
                }

                i++;
            }
        }

        return i == text.Length;
    }

    public static bool TryLong(ReadOnlySpan<byte> text, out long value) =>
        Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length && value >= 0;

    /// <summary>A port 0-65535; an empty value or <c>-</c> is no port (0).</summary>
    public static bool TryPort(ReadOnlySpan<byte> text, out ushort port)
    {
        port = 0;
        return text.IsEmpty || text.SequenceEqual("-"u8) || (Utf8Parser.TryParse(text, out port, out var consumed) && consumed == text.Length);
    }

    /// <summary>A protocol number 0-255, or a name (TCP, UDP, ICMP, ICMPv6, GRE).</summary>
    public static bool TryProtocol(ReadOnlySpan<byte> text, out byte protocol)
    {
        if (Utf8Parser.TryParse(text, out protocol, out var consumed) && consumed == text.Length)
        {
            return true;
        }

        Span<char> chars = stackalloc char[8];
        if (text.Length > chars.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = (char)text[i];
        }

        var parsed = IpProtocol.TryParse(chars[..text.Length], acceptNumeric: false, out var named) && !named.IsAll;
        protocol = parsed ? named.Number : (byte)0;
        return parsed;
    }

    public static bool TryDirection(ReadOnlySpan<byte> text, out Direction direction)
    {
        direction = Direction.Ingress;
        if (Is(text, "in"u8) || Is(text, "ingress"u8))
        {
            return true;
        }

        direction = Direction.Egress;
        return Is(text, "out"u8) || Is(text, "egress"u8);
    }

    public static bool TryStatus(ReadOnlySpan<byte> text, out FlowLogStatus status)
    {
        status = Is(text, "ok"u8) ? FlowLogStatus.Ok : Is(text, "nodata"u8) ? FlowLogStatus.NoData : Is(text, "skipdata"u8) ? FlowLogStatus.SkipData : (FlowLogStatus)255;
        return (byte)status != 255;
    }

    public static FlowLogAction Action(ReadOnlySpan<byte> text) =>
        Is(text, "accept"u8) ? FlowLogAction.Accept : Is(text, "reject"u8) ? FlowLogAction.Reject : FlowLogAction.None;

    /// <summary>ASCII case-insensitive equality with a lowercase <paramref name="lower"/>.</summary>
    private static bool Is(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lower)
    {
        if (text.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if ((text[i] | 0x20) != lower[i])
            {
                return false;
            }
        }

        return true;
    }
}
