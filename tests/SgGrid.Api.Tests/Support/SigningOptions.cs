namespace SgGrid.Api.Tests.Support;

/// <summary>Deviations from a correct signed request, for security tests; the defaults sign correctly and freshly.</summary>
public sealed record SigningOptions
{
    /// <summary>The signed time (default now).</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The nonce (default a new GUID).</summary>
    public string? Nonce { get; init; }

    /// <summary>The secret to sign with (default the tenant's).</summary>
    public string? Secret { get; init; }

    /// <summary>The AccessKeyId to claim (default the tenant's).</summary>
    public string? AccessKeyId { get; init; }

    public HttpMethod? Method { get; init; }

    /// <summary>Parameters sent as an <c>application/x-www-form-urlencoded</c> body instead of the query.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? FormBody { get; init; }

    /// <summary>A JSON body (<c>application/json</c>), signed through its hash under ACS3.</summary>
    public string? JsonBody { get; init; }

    /// <summary>ACS3 headers sent but left out of SignedHeaders (as a client that signs only some of them would).</summary>
    public IReadOnlyList<string> UnsignedHeaders { get; init; } = [];

    /// <summary>A JSON body given as raw bytes (which need not be UTF-8), sent and signed like <see cref="JsonBody"/>.</summary>
    public byte[]? JsonBodyBytes { get; init; }
}
