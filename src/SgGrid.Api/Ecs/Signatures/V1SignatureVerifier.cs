using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// Verifies the legacy RPC signature (<c>SignatureMethod=HMAC-SHA1</c>, <c>SignatureVersion=1.0</c>) carried in the
/// query, and in a form body for POST (ecs-api.md §1.3; the SDKs' <c>signatureAlgorithm:'v2'</c>).
/// </summary>
/// <remarks>Pure: no clock, no state.</remarks>
public sealed class V1SignatureVerifier
{
    /// <summary>The only signature method accepted.</summary>
    public const string SignatureMethod = "HMAC-SHA1";

    /// <summary>The only signature version accepted.</summary>
    public const string SignatureVersion = "1.0";

    private readonly Func<string, string?> secretLookup;

    /// <summary>Creates a verifier.</summary>
    /// <param name="secretLookup">Access key id → secret, or <see langword="null"/> for an unknown key.</param>
    public V1SignatureVerifier(Func<string, string?> secretLookup)
    {
        ArgumentNullException.ThrowIfNull(secretLookup);
        this.secretLookup = secretLookup;
    }

    /// <summary>Verifies the <c>Signature</c> parameter of <paramref name="request"/>.</summary>
    /// <param name="request">The request as received.</param>
    public SignatureCheck Verify(SignedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.QueryParameters.Concat(request.GetFormParameters()).ToList();
        var signature = Single(parameters, "Signature");
        var accessKeyId = Single(parameters, "AccessKeyId");
        var method = Single(parameters, "SignatureMethod");
        var version = Single(parameters, "SignatureVersion");
        var nonce = Single(parameters, "SignatureNonce");
        var timestampText = Single(parameters, "Timestamp");
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(accessKeyId) || string.IsNullOrEmpty(method)
            || string.IsNullOrEmpty(version) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(timestampText))
        {
            return SignatureCheck.Failure(SignatureErrors.IncompleteSignature());
        }

        if (!string.Equals(method, SignatureMethod, StringComparison.Ordinal) || !string.Equals(version, SignatureVersion, StringComparison.Ordinal))
        {
            return SignatureCheck.Failure(SignatureErrors.InvalidSignatureMethod());
        }

        if (!RequestTimestamp.TryParse(timestampText, out var timestamp))
        {
            return SignatureCheck.Failure(SignatureErrors.InvalidTimeStampFormat());
        }

        var secret = secretLookup(accessKeyId);
        if (secret is null)
        {
            return SignatureCheck.Failure(SignatureErrors.AccessKeyIdNotFound());
        }

        var stringToSign = BuildStringToSign(request.Method, parameters);
        var expected = Sign(secret, stringToSign);
        return SignatureComparison.FixedTimeEqualsBase64(expected, signature)
            ? SignatureCheck.Success(accessKeyId, timestamp, nonce)
            : SignatureCheck.Failure(SignatureErrors.SignatureDoesNotMatch(stringToSign));
    }

    /// <summary>
    /// The canonicalized query string: every parameter but <c>Signature</c>, name and value RFC 3986-encoded, sorted
    /// by encoded name (ordinal, then encoded value), joined as <c>name=value</c> with <c>&amp;</c>.
    /// </summary>
    /// <param name="parameters">Decoded query and form parameters.</param>
    public static string BuildCanonicalizedQueryString(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var encoded = parameters
            .Where(parameter => !string.Equals(parameter.Key, "Signature", StringComparison.Ordinal))
            .Select(parameter => (Name: AcsPercentEncoding.Encode(parameter.Key), Value: AcsPercentEncoding.Encode(parameter.Value)))
            .OrderBy(parameter => parameter.Name, StringComparer.Ordinal)
            .ThenBy(parameter => parameter.Value, StringComparer.Ordinal);
        return string.Join('&', encoded.Select(parameter => $"{parameter.Name}={parameter.Value}"));
    }

    /// <summary><c>METHOD&amp;%2F&amp;</c> + RFC 3986 of the canonicalized query string.</summary>
    /// <param name="httpMethod">The real HTTP method (the SDKs use POST).</param>
    /// <param name="parameters">Decoded query and form parameters (<c>Signature</c> is skipped).</param>
    public static string BuildStringToSign(string httpMethod, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(httpMethod);
        return $"{httpMethod.ToUpperInvariant()}&{AcsPercentEncoding.Encode("/")}&{AcsPercentEncoding.Encode(BuildCanonicalizedQueryString(parameters))}";
    }

    /// <summary>Base64 HMAC-SHA1 of <paramref name="stringToSign"/> keyed by <c>secret + "&amp;"</c>.</summary>
    /// <param name="secret">The access key secret.</param>
    /// <param name="stringToSign">See <see cref="BuildStringToSign"/>.</param>
    public static string ComputeSignature(string secret, string stringToSign)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(stringToSign);
        return Convert.ToBase64String(Sign(secret, stringToSign));
    }

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "HMAC-SHA1 is the legacy protocol's algorithm; verifying it is the point.")]
    private static byte[] Sign(string secret, string stringToSign) =>
        HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(stringToSign));

    // A signature parameter given twice is ambiguous, so it counts as garbled rather than picking one.
    private static string? Single(List<KeyValuePair<string, string>> parameters, string name)
    {
        string? found = null;
        foreach (var parameter in parameters)
        {
            if (string.Equals(parameter.Key, name, StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }

                found = parameter.Value;
            }
        }

        return found;
    }
}
