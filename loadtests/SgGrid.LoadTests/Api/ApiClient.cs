using System.Net;
using System.Text.Json;

namespace SgGrid.LoadTests.Api;

/// <summary>Sends signed RPC calls over loopback HTTP/1.1 with a connection pool sized for the load.</summary>
internal sealed class ApiClient(Uri baseAddress, Acs3Signer signer) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
    })
    { Timeout = TimeSpan.FromSeconds(60) };

    public Uri BaseAddress => baseAddress;

    public Task<ApiResponse> CallAsync(string action, string version, params (string Name, string Value)[] parameters) =>
        CallAsync(action, version, [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))]);

    public async Task<ApiResponse> CallAsync(string action, string version, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        using var request = signer.Sign(baseAddress, action, version, parameters);
        using var response = await _http.SendAsync(request).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        JsonElement body = default;
        try
        {
            body = JsonDocument.Parse(bytes).RootElement.Clone();
        }
        catch (JsonException)
        {
            // not JSON: keep the status
        }

        var code = (int)response.StatusCode is >= 200 and < 300 || body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("Code", out var c) ? null : c.GetString();
        return new ApiResponse((int)response.StatusCode, code, body);
    }

    public void Dispose() => _http.Dispose();
}
