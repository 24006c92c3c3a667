using System.Globalization;

namespace SgGrid.Domain.Addresses;

/// <summary>An IPv4 or IPv6 CIDR block, such as <c>10.0.0.0/8</c> or <c>2001:db8::/32</c>.</summary>
/// <remarks>
/// Invariants: <see cref="PrefixLength"/> is 0-32 for IPv4 and 0-128 for IPv6, and the host bits of
/// <see cref="Network"/> are zero (parsing <c>10.1.2.3/8</c> yields <c>10.0.0.0/8</c>, as the cloud
/// stores it). A single address written without a mask is a /32 or /128 block.
/// </remarks>
public readonly record struct IpCidr
{
    public IpCidr(NetworkAddress address, int prefixLength)
    {
        var bits = NetworkAddress.BitsOf(address.Family);
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, bits);
        Family = address.Family;
        PrefixLength = (byte)prefixLength;
        First = address.Value & ~HostMask(Family, prefixLength);
    }

    public IpFamily Family { get; }

    public byte PrefixLength { get; }

    /// <summary>The first (network) address of the block, as a value of its family.</summary>
    public UInt128 First { get; }

    /// <summary>The last address of the block, as a value of its family.</summary>
    public UInt128 Last => First | HostMask(Family, PrefixLength);

    public NetworkAddress Network => new(First, Family);

    public bool IsSingleAddress => PrefixLength == NetworkAddress.BitsOf(Family);

    /// <summary>The whole address space of <paramref name="family"/> (0.0.0.0/0 or ::/0).</summary>
    public static IpCidr AllOf(IpFamily family) => new(new NetworkAddress(0, family), 0);

    public static IpCidr Host(NetworkAddress address) => new(address, NetworkAddress.BitsOf(address.Family));

    public bool Contains(NetworkAddress address) =>
        address.Family == Family && address.Value >= First && address.Value <= Last;

    public bool Contains(IpCidr other) =>
        other.Family == Family && other.First >= First && other.Last <= Last;

    public bool Overlaps(IpCidr other) =>
        other.Family == Family && other.First <= Last && First <= other.Last;

    /// <summary>Parses <c>address/length</c> or a bare address (IPv4 or IPv6).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IpCidr cidr)
    {
        cidr = default;
        text = text.Trim();
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (!NetworkAddress.TryParse(addressText, out var address))
        {
            return false;
        }

        var bits = NetworkAddress.BitsOf(address.Family);
        var length = bits;
        if (slash >= 0)
        {
            var lengthText = text[(slash + 1)..];
            if (lengthText.IsEmpty || lengthText.Length > 3 ||
                !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > bits)
            {
                return false;
            }
        }

        cidr = new IpCidr(address, length);
        return true;
    }

    public static IpCidr Parse(string text) =>
        TryParse(text, out var cidr) ? cidr : throw new FormatException($"'{text}' is not a CIDR block or IP address.");

    /// <summary>Canonical text: network address and prefix length, e.g. <c>10.0.0.0/8</c>, <c>2001:db8::/32</c>.</summary>
    public override string ToString() => $"{Network}/{PrefixLength}";

    internal static UInt128 HostMask(IpFamily family, int prefixLength)
    {
        var bits = NetworkAddress.BitsOf(family);
        var hostBits = bits - prefixLength;
        return hostBits == 0 ? UInt128.Zero : hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
    }
}
