using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SgGrid.LoadTests.Api;

/// <summary>
/// Signs a request as the Alibaba Cloud SDKs do (ACS3-HMAC-SHA256, shared/spec/sdk-wire-format.md): every parameter in the
/// query, the action and version in headers, the canonical request hashed with SHA-256 and signed with HMAC-SHA256.
/// </summary>
internal sealed class Acs3Signer(string accessKeyId, string accessKeySecret)
{
    private static readonly string EmptyBodyHash = Convert.ToHexStringLower(SHA256.HashData([]));
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(accessKeySecret);

    /// <summary>A signed POST to <paramref name="baseAddress"/> (no body), ready to send.</summary>
    public HttpRequestMessage Sign(Uri baseAddress, string action, string version, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        Sign(baseAddress, action, version, parameters, EmptyBodyHash);

    /// <summary>A signed POST whose body (added by the caller) has the hex SHA-256 <paramref name="bodyHash"/>.</summary>
    public HttpRequestMessage Sign(Uri baseAddress, string action, string version, IReadOnlyList<KeyValuePair<string, string>> parameters, string bodyHash)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(parameters);
        var sorted = parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var query = string.Join('&', sorted.Select(p => $"{Encode(p.Key)}={Encode(p.Value)}"));
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var nonce = Guid.NewGuid().ToString("N");
        var host = $"{baseAddress.Host}:{baseAddress.Port}";
        // Canonical headers in lower-case name order: host, x-acs-action, x-acs-content-sha256, x-acs-date, x-acs-signature-nonce, x-acs-version.
        var canonicalHeaders =
            $"host:{host}\nx-acs-action:{action}\nx-acs-content-sha256:{bodyHash}\nx-acs-date:{date}\nx-acs-signature-nonce:{nonce}\nx-acs-version:{version}\n";
        const string signedHeaders = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
        var canonicalRequest = $"POST\n/\n{query}\n{canonicalHeaders}\n{signedHeaders}\n{bodyHash}";
        var stringToSign = "ACS3-HMAC-SHA256\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(stringToSign)));

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, query.Length == 0 ? "/" : "/?" + query));
        request.Headers.TryAddWithoutValidation("x-acs-action", action);
        request.Headers.TryAddWithoutValidation("x-acs-version", version);
        request.Headers.TryAddWithoutValidation("x-acs-date", date);
        request.Headers.TryAddWithoutValidation("x-acs-signature-nonce", nonce);
        request.Headers.TryAddWithoutValidation("x-acs-content-sha256", bodyHash);
        request.Headers.TryAddWithoutValidation("Authorization", $"ACS3-HMAC-SHA256 Credential={accessKeyId},SignedHeaders={signedHeaders},Signature={signature}");
        return request;
    }

    /// <summary>RFC 3986 percent-encoding (unreserved characters stay), as the SDKs encode query values.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
