using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SgGrid.Api.Tests.Support;

/// <summary>
/// A test client that signs like the SDKs do (sdk-wire-format.md): ACS3-HMAC-SHA256 with the action in headers and every
/// parameter in the query, or v1 HMAC-SHA1 with the common parameters in the query. Knobs let security tests send
/// wrong secrets, old timestamps and reused nonces.
/// </summary>
public sealed class EcsClient(Uri baseAddress, TestTenant tenant, SignatureMode mode)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(100) };

    public TestTenant Tenant { get; } = tenant;

    public SignatureMode Mode { get; } = mode;

    public Task<EcsResponse> EcsAsync(string action, params (string Name, string Value)[] parameters) =>
        CallAsync(action, "2014-05-26", parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));

    public Task<EcsResponse> VpcAsync(string action, params (string Name, string Value)[] parameters) =>
        CallAsync(action, "2016-04-28", parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));

    public Task<EcsResponse> CallAsync(string action, string version, IEnumerable<KeyValuePair<string, string>> parameters, SigningOptions? options = null) =>
        SendAsync(Build(action, version, parameters, options));

    public static Task<EcsResponse> SendAsync(HttpRequestMessage request) => SendAsync(request, CancellationToken.None);

    /// <summary>Sends <paramref name="request"/>; cancelling <paramref name="cancellationToken"/> drops the connection (the caller is gone).</summary>
    public static async Task<EcsResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await Http.SendAsync(request, cancellationToken);
        var raw = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(raw).RootElement.Clone();
        }
        catch (JsonException)
        {
            body = default;
        }

        return new EcsResponse((int)response.StatusCode, body, raw);
    }

    /// <summary>Builds a signed request (not sent).</summary>
    public HttpRequestMessage Build(string action, string version, IEnumerable<KeyValuePair<string, string>> parameters, SigningOptions? options = null)
    {
        options ??= new SigningOptions();
        var query = parameters.ToList();
        var date = (options.Time ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var nonce = options.Nonce ?? Guid.NewGuid().ToString("N");
        var secret = options.Secret ?? Tenant.AccessKeySecret;
        var accessKeyId = options.AccessKeyId ?? Tenant.AccessKeyId;
        var body = options.JsonBodyBytes ?? (options.JsonBody is { } json ? Encoding.UTF8.GetBytes(json) : options.FormBody is null ? [] : Encoding.UTF8.GetBytes(FormEncode(options.FormBody)));
        var contentType = options.JsonBody is not null || options.JsonBodyBytes is not null ? "application/json; charset=utf-8" : options.FormBody is not null ? "application/x-www-form-urlencoded" : null;
        var request = new HttpRequestMessage(options.Method ?? HttpMethod.Post, baseAddress);
        if (Mode == SignatureMode.V1)
        {
            query.AddRange(
            [
                new("Action", action), new("Format", "json"), new("Version", version), new("Timestamp", date),
                new("SignatureNonce", nonce), new("SignatureMethod", "HMAC-SHA1"), new("SignatureVersion", "1.0"), new("AccessKeyId", accessKeyId),
            ]);
            var signed = query.Concat(options.FormBody ?? []);
            var canonical = string.Join('&', signed.Select(p => (Key: Rfc3986(p.Key), Value: Rfc3986(p.Value))).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
            var method = request.Method.Method.ToUpperInvariant();
            var signature = Convert.ToBase64String(HmacSha1(secret + "&", $"{method}&%2F&{Rfc3986(canonical)}"));
            query.Add(new("Signature", signature));
            request.RequestUri = new Uri(baseAddress, "/?" + FormEncode(query));
            request.Headers.TryAddWithoutValidation("x-acs-action", action);
            request.Headers.TryAddWithoutValidation("x-acs-version", version);
        }
        else
        {
            request.RequestUri = new Uri(baseAddress, query.Count == 0 ? "/" : "/?" + FormEncode(query));
            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["host"] = $"{baseAddress.Host}:{baseAddress.Port}",
                ["x-acs-action"] = action,
                ["x-acs-version"] = version,
                ["x-acs-date"] = date,
                ["x-acs-signature-nonce"] = nonce,
                ["x-acs-content-sha256"] = Convert.ToHexStringLower(SHA256.HashData(body)),
            };
            if (contentType is not null)
            {
                headers["content-type"] = contentType;
            }

            var canonicalQuery = string.Join('&', query.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Rfc3986(p.Value)}"));
            var signed = headers.Where(h => !options.UnsignedHeaders.Contains(h.Key)).ToArray();
            var canonicalHeaders = string.Concat(signed.Select(h => $"{h.Key}:{h.Value.Trim()}\n"));
            var signedHeaders = string.Join(';', signed.Select(h => h.Key));
            var canonicalRequest = $"{request.Method.Method.ToUpperInvariant()}\n/\n{canonicalQuery}\n{canonicalHeaders}\n{signedHeaders}\n{headers["x-acs-content-sha256"]}";
            var stringToSign = "ACS3-HMAC-SHA256\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign)));
            foreach (var (name, value) in headers.Where(h => h.Key is not "host" and not "content-type"))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            request.Headers.TryAddWithoutValidation("Authorization", $"ACS3-HMAC-SHA256 Credential={accessKeyId},SignedHeaders={signedHeaders},Signature={signature}");
        }

        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return request;
    }

    public static string Rfc3986(string value) => Uri.EscapeDataString(value);

#pragma warning disable CA5350 // HMAC-SHA1 is the legacy protocol's algorithm.
    private static byte[] HmacSha1(string key, string text) => HMACSHA1.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5350

    private static string FormEncode(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs.Select(p => $"{Rfc3986(p.Key)}={Rfc3986(p.Value)}"));
}
