using System.Globalization;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>Parses the signed request time: ISO 8601 UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c> (fractional seconds tolerated).</summary>
public static class RequestTimestamp
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    /// <summary>Parses <paramref name="text"/>; false for anything but the UTC forms above.</summary>
    /// <param name="text">The <c>Timestamp</c> parameter or <c>x-acs-date</c> header.</param>
    /// <param name="timestamp">The time, offset zero.</param>
    public static bool TryParse(string? text, out DateTimeOffset timestamp) =>
        DateTimeOffset.TryParseExact(
            text,
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out timestamp);
}
