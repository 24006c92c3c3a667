using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SgGrid.Domain.Addresses;

/// <summary>One IPv4 or IPv6 address as an unsigned integer of its family.</summary>
/// <remarks>
/// An IPv4 address occupies the low 32 bits of <see cref="Value"/>; the high bits are zero.
/// An IPv6 address uses all 128 bits, most significant byte first as on the wire.
/// </remarks>
public readonly record struct NetworkAddress(UInt128 Value, IpFamily Family)
{
    /// <summary>Number of bits in an address of <paramref name="family"/>.</summary>
    public static int BitsOf(IpFamily family) => family == IpFamily.IPv4 ? 32 : 128;

    /// <summary>The largest address value of <paramref name="family"/>.</summary>
    public static UInt128 MaxValueOf(IpFamily family) => family == IpFamily.IPv4 ? uint.MaxValue : UInt128.MaxValue;

    public static NetworkAddress FromIPv4(uint value) => new(value, IpFamily.IPv4);

    public static NetworkAddress FromIPAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            throw new ArgumentException("The address could not be written.", nameof(address));
        }

        UInt128 value = 0;
        for (var i = 0; i < written; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return new NetworkAddress(value, address.AddressFamily == AddressFamily.InterNetwork ? IpFamily.IPv4 : IpFamily.IPv6);
    }

    /// <summary>Parses a textual IPv4 or IPv6 address (no mask, no zone).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out NetworkAddress address)
    {
        address = default;
        text = text.Trim();
        if (text.IsEmpty || text.Contains('%') || text.Contains('/'))
        {
            return false;
        }

        var isV6 = text.Contains(':');
        if (!isV6 && !IsDottedQuad(text))
        {
            return false;
        }

        if (!IPAddress.TryParse(text, out var parsed))
        {
            return false;
        }

        address = FromIPAddress(parsed);
        return true;
    }

    public static NetworkAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an IP address.");

    public IPAddress ToIPAddress()
    {
        if (Family == IpFamily.IPv4)
        {
            return new IPAddress(BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)Value)));
        }

        Span<byte> bytes = stackalloc byte[16];
        var v = Value;
        for (var i = 15; i >= 0; i--)
        {
            bytes[i] = (byte)v;
            v >>= 8;
        }

        return new IPAddress(bytes);
    }

    public override string ToString() => ToIPAddress().ToString();

    // IPAddress.TryParse accepts "1", "1.2" and hex forms; ECS wants four decimal octets.
    private static bool IsDottedQuad(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (part.IsEmpty || part.Length > 3 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var octet) || octet > 255)
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }
}
