using System.Collections.Immutable;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Domain.Addresses;

namespace SgGrid.Api.Ecs.Binding;

/// <summary>Private addresses in parameters: one IPv4 address, or <c>Name.N</c> lists of IPv4 or IPv6 addresses.</summary>
public static class AddressParameters
{
    /// <summary>An optional single IPv4 address; <c>Invalid{Name}.Malformed</c> when it is not one.</summary>
    public static NetworkAddress? ReadIpv4(ParameterReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Parse(name, (string text, out NetworkAddress address) => TryParse(text, IpFamily.IPv4, out address),
            ApiErrors.Malformed(name, "It must be an IPv4 address."));
    }

    /// <summary>A <c>Name.N</c> (or JSON-array) list of at most <paramref name="maxCount"/> addresses of <paramref name="family"/>, in order.</summary>
    public static ImmutableArray<NetworkAddress> ReadList(ParameterReader reader, string name, IpFamily family, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var texts = reader.List(name, maxCount, 64);
        var addresses = ImmutableArray.CreateBuilder<NetworkAddress>(texts.Length);
        foreach (var text in texts)
        {
            if (!TryParse(text, family, out var address))
            {
                reader.Fail(ApiErrors.Malformed(name, $"\"{text}\" is not an {(family == IpFamily.IPv4 ? "IPv4" : "IPv6")} address."));
                return [];
            }

            addresses.Add(address);
        }

        return addresses.MoveToImmutable();
    }

    private static bool TryParse(string text, IpFamily family, out NetworkAddress address) =>
        NetworkAddress.TryParse(text, out address) && address.Family == family;
}
