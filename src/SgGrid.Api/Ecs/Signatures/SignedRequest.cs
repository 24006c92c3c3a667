using Microsoft.AspNetCore.Http;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// The parts of an HTTP request that a signature covers, independent of ASP.NET so that verification is a pure function.
/// </summary>
/// <remarks>
/// Immutable. Query parameters keep their wire order and repetitions and are already percent-decoded (<c>+</c> decodes
/// to a space, as in any <c>application/x-www-form-urlencoded</c> string; the SDKs send <c>%20</c> and <c>%2B</c>, so
/// either reading gives them the same value). Header names compare case-insensitively; a header sent more than once
/// keeps every value.
/// </remarks>
public sealed class SignedRequest
{
    private readonly byte[] body;
    private IReadOnlyList<KeyValuePair<string, string>>? formParameters;

    /// <summary>Creates a request from its parts.</summary>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="path">The request path, e.g. <c>/</c>; empty means <c>/</c>.</param>
    /// <param name="queryParameters">The decoded query parameters in wire order.</param>
    /// <param name="headers">The request headers; a name may repeat.</param>
    /// <param name="body">The raw body bytes (empty when there is none); copied.</param>
    /// <param name="contentType">The <c>Content-Type</c> header, or <see langword="null"/>.</param>
    public SignedRequest(
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string>> queryParameters,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body = default,
        string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(queryParameters);
        ArgumentNullException.ThrowIfNull(headers);
        Method = method.ToUpperInvariant();
        Path = path.Length == 0 ? "/" : path;
        QueryParameters = [.. queryParameters];
        Headers = headers
            .GroupBy(header => header.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)[.. group.Select(header => header.Value)], StringComparer.OrdinalIgnoreCase);
        this.body = body.ToArray();
        ContentType = contentType ?? (Headers.TryGetValue("content-type", out var values) ? values[0] : null);
    }

    private SignedRequest(SignedRequest head, byte[] body)
    {
        Method = head.Method;
        Path = head.Path;
        QueryParameters = head.QueryParameters;
        Headers = head.Headers;
        ContentType = head.ContentType;
        this.body = body;
    }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The request path (never empty).</summary>
    public string Path { get; }

    /// <summary>The decoded query parameters in wire order, repetitions kept.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters { get; }

    /// <summary>The headers by case-insensitive name, each with all of its values in wire order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The raw body bytes; empty when there is no body.</summary>
    public ReadOnlyMemory<byte> Body => body;

    /// <summary>The <c>Content-Type</c>, or <see langword="null"/>.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// For a body streamed to its action instead of read here (<see cref="FromHttpRequestHead"/>): the hex SHA-256 the client
    /// declared in <c>x-acs-content-sha256</c>, which the signature covers; the action checks the bytes against it as it reads
    /// them. Null when the body was read here (<see cref="Body"/>).
    /// </summary>
    public string? StreamedBodyHash { get; private init; }

    /// <summary>The first value of a header, or <see langword="null"/> when it is absent.</summary>
    /// <param name="name">The header name, any case.</param>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>
    /// The decoded parameters of an <c>application/x-www-form-urlencoded</c> body, in wire order; empty for any other body.
    /// </summary>
    /// <remarks>Parsed once, on the first call: the signature check and the action read the same list.</remarks>
    public IReadOnlyList<KeyValuePair<string, string>> GetFormParameters()
    {
        if (body.Length == 0 || !IsForm)
        {
            return [];
        }

        return formParameters ??= QueryStringParser.Parse(System.Text.Encoding.UTF8.GetString(body));
    }

    /// <summary>Whether the body is declared <c>application/x-www-form-urlencoded</c>.</summary>
    public bool IsForm => ContentType is not null && ContentType.TrimStart().StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the body is declared <c>application/json</c>.</summary>
    public bool IsJson => ContentType is not null && ContentType.TrimStart().StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>This request with <paramref name="bytes"/> as its body (not copied: the caller gives up the array).</summary>
    public SignedRequest WithBody(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new SignedRequest(this, bytes);
    }

    /// <summary>
    /// The request without its body, which stays unread in <see cref="HttpRequest.Body"/> for an action that streams it
    /// (<see cref="StreamedBodyHash"/> stands for it in the signature).
    /// </summary>
    public static SignedRequest FromHttpRequestHead(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryStringParser.Parse(request.QueryString.HasValue ? request.QueryString.Value! : string.Empty);
        var headers = request.Headers.SelectMany(
            header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value ?? string.Empty)));
        var path = request.PathBase.Add(request.Path).Value ?? "/";
        return new SignedRequest(request.Method, path, query, headers, [], request.ContentType)
        {
            // Without a declared hash the signature is checked over an empty body's, which a client that signed a body fails.
            StreamedBodyHash = request.Headers["x-acs-content-sha256"].FirstOrDefault()?.Trim().ToLowerInvariant() ?? EmptyBodyHash,
        };
    }

    /// <summary>The hex SHA-256 of an empty body.</summary>
    public const string EmptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>
    /// Reads an ASP.NET request into a <see cref="SignedRequest"/>: the raw query string is decoded here (not through
    /// <see cref="HttpRequest.Query"/>, which loses order), and the body is read once; the request's body stream is then
    /// replaced by a read-only copy of the same bytes so later readers still see it.
    /// </summary>
    /// <param name="request">The incoming request.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<SignedRequest> FromHttpRequestAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        request.Body = new MemoryStream(bytes, writable: false);
        var query = QueryStringParser.Parse(request.QueryString.HasValue ? request.QueryString.Value! : string.Empty);
        var headers = request.Headers.SelectMany(
            header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value ?? string.Empty)));
        var path = request.PathBase.Add(request.Path).Value ?? "/";
        return new SignedRequest(request.Method, path, query, headers, bytes, request.ContentType);
    }
}
