namespace SgGrid.Api.Ecs.Signatures;

/// <summary>The RFC 3986 percent-encoding both Alibaba Cloud signatures use.</summary>
/// <remarks>
/// Unreserved characters <c>A-Z a-z 0-9 - _ . ~</c> stay; every other UTF-8 byte becomes <c>%XY</c> with upper-case
/// hex, so a space is <c>%20</c> (never <c>+</c>), <c>*</c> is <c>%2A</c>, and <c>! ' ( )</c> are encoded too, unlike
/// JavaScript's <c>encodeURIComponent</c> and Node's <c>querystring</c>.
/// </remarks>
public static class AcsPercentEncoding
{
    /// <summary>Encodes <paramref name="value"/> as RFC 3986 with upper-case hex.</summary>
    /// <param name="value">Any string.</param>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.EscapeDataString(value);
    }
}
