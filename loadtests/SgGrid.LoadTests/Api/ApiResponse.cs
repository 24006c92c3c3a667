using System.Text.Json;

namespace SgGrid.LoadTests.Api;

/// <summary>An answer of the endpoint: HTTP status, the error code when it failed, and the JSON body.</summary>
internal sealed record ApiResponse(int Status, string? Code, JsonElement Body)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>This answer, or an exception naming the failure (for set-up calls that must succeed).</summary>
    public ApiResponse Ok() => Succeeded ? this : throw new InvalidOperationException($"Call failed: HTTP {Status} {Code}: {Body}");

    public string Get(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) ? value.ToString() : throw new InvalidOperationException($"No {name} in the answer.");
}
