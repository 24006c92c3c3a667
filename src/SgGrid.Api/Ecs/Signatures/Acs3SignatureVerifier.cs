using System.Security.Cryptography;
using System.Text;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// Verifies the <c>ACS3-HMAC-SHA256</c> signature the current SDKs send by default (sdk-wire-format.md,
/// ecs-api.md §1.4), rebuilding the canonical request from the request alone.
/// </summary>
/// <remarks>
/// Pure: no clock, no state. The canonical headers come from the names the client lists in <c>SignedHeaders</c>,
/// never from a fixed set (Node signs host, content-type and <c>x-acs-*</c>; Python signs every header).
/// </remarks>
public sealed class Acs3SignatureVerifier
{
    /// <summary>The only algorithm accepted.</summary>
    public const string Algorithm = "ACS3-HMAC-SHA256";

    private const string ContentSha256Header = "x-acs-content-sha256";

    /// <summary>
    /// The headers every ACS3 signature must cover (issue 14.6): the host, the action and version that say what runs, the
    /// date and nonce that bound replay, and the body's hash. The official SDKs sign all of them (and more).
    /// </summary>
    public static IReadOnlyList<string> RequiredSignedHeaders { get; } =
        ["host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", ContentSha256Header];
    private readonly Func<string, string?> secretLookup;

    /// <summary>Creates a verifier.</summary>
    /// <param name="secretLookup">Access key id → secret, or <see langword="null"/> for an unknown key.</param>
    public Acs3SignatureVerifier(Func<string, string?> secretLookup)
    {
        ArgumentNullException.ThrowIfNull(secretLookup);
        this.secretLookup = secretLookup;
    }

    /// <summary>Verifies <paramref name="request"/>'s <c>Authorization</c> header.</summary>
    /// <param name="request">The request as received.</param>
    public SignatureCheck Verify(SignedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Acs3Authorization.TryParse(request.GetHeader("Authorization"), out var authorization))
        {
            return SignatureCheck.Failure(SignatureErrors.IncompleteSignature());
        }

        if (!string.Equals(authorization!.Algorithm, Algorithm, StringComparison.Ordinal))
        {
            return SignatureCheck.Failure(SignatureErrors.InvalidSignatureMethod());
        }

        var nonce = request.GetHeader("x-acs-signature-nonce");
        var date = request.GetHeader("x-acs-date");
        if (string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(date))
        {
            return SignatureCheck.Failure(SignatureErrors.IncompleteSignature());
        }

        if (UncoveredHeader(request, authorization.SignedHeaders) is { } uncovered)
        {
            return SignatureCheck.Failure(SignatureErrors.IncompleteSignature(
                $"The header {uncovered} must be sent and listed in SignedHeaders: it carries what the request does, when, or with which body."));
        }

        if (!RequestTimestamp.TryParse(date, out var timestamp))
        {
            return SignatureCheck.Failure(SignatureErrors.InvalidTimeStampFormat());
        }

        var secret = secretLookup(authorization.AccessKeyId);
        if (secret is null)
        {
            return SignatureCheck.Failure(SignatureErrors.AccessKeyIdNotFound());
        }

        var bodyHash = request.StreamedBodyHash ?? Convert.ToHexStringLower(SHA256.HashData(request.Body.Span));
        var declaredHash = request.GetHeader(ContentSha256Header);
        if (declaredHash is not null && !string.Equals(declaredHash.Trim(), bodyHash, StringComparison.OrdinalIgnoreCase))
        {
            // The payload hash is signed through the header, so a body swapped under it must not verify.
            return SignatureCheck.Failure(SignatureErrors.SignatureDoesNotMatch(BuildStringToSign(request, authorization.SignedHeaders, bodyHash, emptyValueWithEquals: true)));
        }

        var stringToSign = BuildStringToSign(request, authorization.SignedHeaders, bodyHash, emptyValueWithEquals: true);
        if (Matches(secret, stringToSign, authorization.Signature))
        {
            return SignatureCheck.Success(authorization.AccessKeyId, timestamp, nonce);
        }

        // Python writes an empty value as "k", Node as "k=" (ecs-api.md §1.4); accept either.
        if (request.QueryParameters.Any(parameter => parameter.Value.Length == 0)
            && Matches(secret, BuildStringToSign(request, authorization.SignedHeaders, bodyHash, emptyValueWithEquals: false), authorization.Signature))
        {
            return SignatureCheck.Success(authorization.AccessKeyId, timestamp, nonce);
        }

        return SignatureCheck.Failure(SignatureErrors.SignatureDoesNotMatch(stringToSign));
    }

    /// <summary>
    /// The canonical query string: decoded pairs sorted by name (ordinal, then by encoded value), each written
    /// <c>name=RFC3986(value)</c>, joined with <c>&amp;</c>. Names are not re-encoded, as the SDKs do not encode them.
    /// </summary>
    /// <param name="parameters">Decoded query parameters.</param>
    /// <param name="emptyValueWithEquals">Write an empty value as <c>k=</c> (Node) rather than <c>k</c> (Python).</param>
    public static string BuildCanonicalQueryString(IEnumerable<KeyValuePair<string, string>> parameters, bool emptyValueWithEquals = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var encoded = parameters
            .Select(parameter => (Name: parameter.Key, Value: AcsPercentEncoding.Encode(parameter.Value)))
            .OrderBy(parameter => parameter.Name, StringComparer.Ordinal)
            .ThenBy(parameter => parameter.Value, StringComparer.Ordinal);
        return string.Join('&', encoded.Select(parameter =>
            parameter.Value.Length == 0 && !emptyValueWithEquals ? parameter.Name : $"{parameter.Name}={parameter.Value}"));
    }

    /// <summary>
    /// The canonical request: method, path, canonical query, one <c>name:trimmed-value</c> line per signed header
    /// (several values sorted and joined by <c>,</c>), a blank line, the signed header list, the payload hash.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="signedHeaders">The <c>SignedHeaders</c> value from the Authorization header.</param>
    /// <param name="hashedPayload">Lower-case hex SHA-256 of the body.</param>
    /// <param name="emptyValueWithEquals">See <see cref="BuildCanonicalQueryString"/>.</param>
    public static string BuildCanonicalRequest(SignedRequest request, string signedHeaders, string hashedPayload, bool emptyValueWithEquals = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signedHeaders);
        var names = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => name.Trim().ToLowerInvariant())
            .ToArray();
        var builder = new StringBuilder()
            .Append(request.Method).Append('\n')
            .Append(request.Path).Append('\n')
            .Append(BuildCanonicalQueryString(request.QueryParameters, emptyValueWithEquals)).Append('\n');
        foreach (var name in names)
        {
            var values = request.Headers.TryGetValue(name, out var found) ? found : [];
            var value = string.Join(',', values.Select(item => item.Trim()).Order(StringComparer.Ordinal));
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        return builder.Append('\n')
            .Append(string.Join(';', names)).Append('\n')
            .Append(hashedPayload)
            .ToString();
    }

    /// <summary>The canonical request, and <c>ACS3-HMAC-SHA256\n</c> + hex SHA-256 of it (lower case).</summary>
    /// <param name="canonicalRequest">See <see cref="BuildCanonicalRequest"/>.</param>
    public static string BuildStringToSign(string canonicalRequest)
    {
        ArgumentNullException.ThrowIfNull(canonicalRequest);
        return $"{Algorithm}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
    }

    /// <summary>Lower-case hex HMAC-SHA256 of <paramref name="stringToSign"/> keyed by the UTF-8 secret (no <c>&amp;</c>).</summary>
    /// <param name="secret">The access key secret.</param>
    /// <param name="stringToSign">See <see cref="BuildStringToSign(string)"/>.</param>
    public static string ComputeSignature(string secret, string stringToSign)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(stringToSign);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>
    /// The first of <see cref="RequiredSignedHeaders"/> that the request does not send or its signature does not list, or null.
    /// </summary>
    private static string? UncoveredHeader(SignedRequest request, string signedHeaders)
    {
        var listed = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var required in RequiredSignedHeaders)
        {
            if (!listed.Contains(required, StringComparer.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(request.GetHeader(required)))
            {
                return required;
            }
        }

        return null;
    }

    private static string BuildStringToSign(SignedRequest request, string signedHeaders, string bodyHash, bool emptyValueWithEquals) =>
        BuildStringToSign(BuildCanonicalRequest(request, signedHeaders, bodyHash, emptyValueWithEquals));

    private static bool Matches(string secret, string stringToSign, string signature)
    {
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign));
        return SignatureComparison.FixedTimeEqualsHex(expected, signature);
    }
}
