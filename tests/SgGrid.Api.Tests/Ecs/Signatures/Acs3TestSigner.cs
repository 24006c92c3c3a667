using System.Security.Cryptography;
using System.Text;
using SgGrid.Api.Ecs.Signatures;

namespace SgGrid.Api.Tests.Ecs.Signatures;

/// <summary>An independent port of the SDK's ACS3 signing steps (sdk-wire-format.md), to sign test requests.</summary>
internal static class Acs3TestSigner
{
    public static SignedRequest Sign(
        string method,
        IReadOnlyList<KeyValuePair<string, string>> query,
        Dictionary<string, string> headers,
        string accessKeyId,
        string secret,
        byte[]? body = null,
        string? contentType = null)
    {
        body ??= [];
        headers["x-acs-content-sha256"] = Convert.ToHexStringLower(SHA256.HashData(body));
        if (contentType is not null)
        {
            headers["content-type"] = contentType;
        }

        var canonicalQuery = string.Join('&', query.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key + "=" + Uri.EscapeDataString(pair.Value)));
        var signed = headers.Keys.Select(key => key.ToLowerInvariant())
            .Where(key => key == "host" || key == "content-type" || key.StartsWith("x-acs-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        var canonicalHeaders = string.Concat(signed.Select(name => $"{name}:{headers[name].Trim()}\n"));
        var canonicalRequest = $"{method}\n/\n{canonicalQuery}\n{canonicalHeaders}\n{string.Join(';', signed)}\n{headers["x-acs-content-sha256"]}";
        var stringToSign = "ACS3-HMAC-SHA256\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign)));
        headers["Authorization"] = $"ACS3-HMAC-SHA256 Credential={accessKeyId},SignedHeaders={string.Join(';', signed)},Signature={signature}";
        return new SignedRequest(method, "/", query, headers, body, contentType);
    }

    public static Dictionary<string, string> BaseHeaders(string date = "2026-11-28T13:29:07Z", string nonce = "nonce-1") =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["host"] = "127.0.0.1:18080",
            ["x-acs-version"] = "2014-05-26",
            ["x-acs-action"] = "DescribeSecurityGroups",
            ["x-acs-date"] = date,
            ["x-acs-signature-nonce"] = nonce,
            ["x-acs-credentials-provider"] = "static_ak",
        };
}
