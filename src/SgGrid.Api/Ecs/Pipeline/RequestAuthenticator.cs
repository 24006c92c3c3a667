using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Signatures;
using SgGrid.Api.Tenancy;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// The gateway's authentication stage: decides who signed a request and what the signature binds, reading and parsing as
/// little as possible before it knows (docs/semantics.md, "Request gateway").
/// </summary>
/// <remarks>
/// <para>ACS3 is verified from the head alone — the body is covered by its signed hash (<c>x-acs-content-sha256</c>) — so an
/// unauthenticated body is never read; a signed one is read once and must hash to the signed value.</para>
/// <para>v1 signs query and form parameters only: the action and version are the signed <c>Action</c>/<c>Version</c> (an
/// <c>x-acs-action</c>/<c>x-acs-version</c> header that disagrees is refused), and a JSON or streamed body, which it cannot
/// cover, is refused. A large form body must come with its signature parameters in the query.</para>
/// <para>Parameters are counted on the raw bytes before any is decoded. Every authentication failure spends the client
/// address's <see cref="AuthenticationFailureBudget"/>; an address with none left is refused before its request is read.</para>
/// </remarks>
public sealed class RequestAuthenticator(
    SignatureVerifier signatures,
    RequestFreshnessGuard freshness,
    AuthenticationFailureBudget budget,
    TenantRegistry tenants,
    IOptions<AuthenticationFailureOptions> options)
{
    /// <summary>The largest v1 form body read without its signature parameters in the query.</summary>
    public const long MaxV1BodyWithoutQuerySignature = 64 * 1024;

    private readonly AuthenticationFailureOptions _options = options.Value;

    /// <summary>
    /// Authenticates the request in <paramref name="http"/>: the call, or the error to answer. A body over
    /// <paramref name="maxBodyBytes"/> or a broken transport throws <see cref="BadHttpRequestException"/>.
    /// </summary>
    /// <param name="http">The request.</param>
    /// <param name="streamedBody">Whether the named action streams its body (left unread here).</param>
    /// <param name="maxBodyBytes">The largest body read.</param>
    public async Task<(AuthenticatedCall? Call, EcsError? Error)> AuthenticateAsync(HttpContext http, bool streamedBody, long maxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        if (budget.IsExhausted(address))
        {
            return (null, SignatureErrors.Throttling());
        }

        var outcome = http.Request.Headers.Authorization.Count > 0
            ? await Acs3Async(http, streamedBody)
            : await V1Async(http, streamedBody);
        if (outcome.SpendsBudget)
        {
            budget.RecordFailure(address);
        }

        return (outcome.Call, outcome.Error);
    }

    private async Task<Outcome> Acs3Async(HttpContext http, bool streamedBody)
    {
        if (TooManyParameters(http.Request.QueryString.Value) is { } tooMany)
        {
            return Outcome.Refused(tooMany);
        }

        var head = SignedRequest.FromHttpRequestHead(http.Request);
        var check = signatures.Verify(head);
        if (await freshness.CheckAsync(check) is { } refused)
        {
            return Outcome.Fresh(refused);
        }

        var declaredHash = head.StreamedBodyHash!;
        var query = head.QueryParameters;
        if ((BoundAction(head.GetHeader("x-acs-action"), query, "Action") ?? BoundAction(head.GetHeader("x-acs-version"), query, "Version")) is { } conflict)
        {
            return Outcome.Failed(conflict);
        }

        var action = head.GetHeader("x-acs-action") ?? Get(query, "Action");
        var version = head.GetHeader("x-acs-version") ?? Get(query, "Version");
        if (streamedBody)
        {
            return Outcome.Accepted(new(check.AccessKeyId!, action, version, new RpcParameters(query), new HashingReadStream(http.Request.Body), declaredHash));
        }

        var bytes = await ReadBodyAsync(http);
        var actualHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actualHash, declaredHash, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused(SignatureErrors.SignatureDoesNotMatch($"The body's SHA-256 is {actualHash}; x-acs-content-sha256 declared {declaredHash}."));
        }

        var request = head.WithBody(bytes);
        var (parameters, error) = BodyParameters(request, bytes);
        return error is not null
            ? Outcome.Failed(error)
            : Outcome.Accepted(new(check.AccessKeyId!, action, version, parameters!, Stream.Null, null));
    }

    private async Task<Outcome> V1Async(HttpContext http, bool streamedBody)
    {
        if (TooManyParameters(http.Request.QueryString.Value) is { } tooMany)
        {
            return Outcome.Refused(tooMany);
        }

        var head = SignedRequest.FromHttpRequestHead(http.Request);
        var hasBody = http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? http.Request.ContentLength > 0;
        if (streamedBody || (hasBody && head.IsJson))
        {
            return Outcome.Refused(SignatureErrors.IncompleteSignature(
                "A v1 (HMAC-SHA1) signature covers query and form parameters only, not this request's body: sign it with ACS3-HMAC-SHA256."));
        }

        var queryKey = Get(head.QueryParameters, "AccessKeyId");
        if (queryKey is not null && tenants.SecretOf(queryKey) is null)
        {
            return Outcome.Refused(SignatureErrors.AccessKeyIdNotFound());
        }

        var request = head;
        if (hasBody && head.IsForm)
        {
            if (Get(head.QueryParameters, "Signature") is null && (http.Request.ContentLength ?? long.MaxValue) > MaxV1BodyWithoutQuerySignature)
            {
                return Outcome.Refused(SignatureErrors.IncompleteSignature(
                    $"A v1 request with a body over {MaxV1BodyWithoutQuerySignature} bytes must carry its signature parameters in the query."));
            }

            var bytes = await ReadBodyAsync(http);
            if (TooManyParameters(bytes) is { } tooManyInBody)
            {
                return Outcome.Refused(tooManyInBody);
            }

            request = head.WithBody(bytes);
        }

        var check = signatures.Verify(request);
        if (await freshness.CheckAsync(check) is { } refused)
        {
            return Outcome.Fresh(refused);
        }

        var parameters = new RpcParameters(request.QueryParameters.Concat(request.GetFormParameters()));
        var action = parameters.Get("Action");
        var version = parameters.Get("Version");
        if (Disagrees(head.GetHeader("x-acs-action"), action, "x-acs-action", "Action") is { } actionConflict)
        {
            return Outcome.Failed(actionConflict);
        }

        if (Disagrees(head.GetHeader("x-acs-version"), version, "x-acs-version", "Version") is { } versionConflict)
        {
            return Outcome.Failed(versionConflict);
        }

        return Outcome.Accepted(new(check.AccessKeyId!, action, version, parameters, Stream.Null, null));
    }

    /// <summary>The query plus a signed form or JSON body's parameters (a JSON body's replace the form's), or the JSON error.</summary>
    private (RpcParameters? Parameters, EcsError? Error) BodyParameters(SignedRequest request, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (new RpcParameters(request.QueryParameters), null);
        }

        if (request.IsJson)
        {
            var (json, jsonError) = JsonBodyParameters.Flatten(bytes);
            return jsonError is not null
                ? (null, ApiErrors.Malformed("Body", jsonError))
                : (new RpcParameters(request.QueryParameters.Concat(json)), null);
        }

        if (request.IsForm && TooManyParameters(bytes) is { } tooMany)
        {
            return (null, tooMany);
        }

        return (new RpcParameters(request.QueryParameters.Concat(request.GetFormParameters())), null);
    }

    /// <summary>An ACS3 <c>x-acs-action</c>/<c>x-acs-version</c> header and a query parameter of the same meaning that disagree.</summary>
    private static EcsError? BoundAction(string? header, IReadOnlyList<KeyValuePair<string, string>> query, string parameter) =>
        Get(query, parameter) is { } inQuery && header is not null && !string.Equals(inQuery, header, StringComparison.Ordinal)
            ? SignatureErrors.IncompleteSignature($"The signed header names {header} and the query's {parameter} names {inQuery}: a request names one.")
            : null;

    private static EcsError? Disagrees(string? header, string? signed, string headerName, string parameter) =>
        header is not null && !string.Equals(header.Trim(), signed, StringComparison.Ordinal)
            ? SignatureErrors.IncompleteSignature(
                $"The {headerName} header names {header.Trim()} but the signed {parameter} is {signed ?? "absent"}: a v1 signature does not cover headers, so they must agree.")
            : null;

    private EcsError? TooManyParameters(string? query) =>
        query is not null && query.AsSpan().Count('&') >= _options.MaxParameters
            ? ApiErrors.TooLarge($"the query has more than {_options.MaxParameters} parameters")
            : null;

    private EcsError? TooManyParameters(byte[] body) =>
        body.AsSpan().Count((byte)'&') >= _options.MaxParameters
            ? ApiErrors.TooLarge($"the body has more than {_options.MaxParameters} parameters")
            : null;

    private static string? Get(IReadOnlyList<KeyValuePair<string, string>> pairs, string name)
    {
        foreach (var (key, value) in pairs)
        {
            if (string.Equals(key, name, StringComparison.Ordinal) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Reads the whole body once (its size is capped by the request's body size limit, set by the endpoint).</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        var length = http.Request.ContentLength;
        using var buffer = new MemoryStream(length is > 0 and < int.MaxValue ? (int)length.Value : 0);
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private readonly record struct Outcome(AuthenticatedCall? Call, EcsError? Error, bool SpendsBudget)
    {
        public static Outcome Accepted(AuthenticatedCall call) => new(call, null, false);

        /// <summary>Not authenticated: spends the address's budget.</summary>
        public static Outcome Refused(EcsError error) => new(null, error, true);

        /// <summary>
        /// A failed signature or freshness check: spends the budget, except a full nonce memory (the signature verified; the
        /// key is busy, not the address hostile).
        /// </summary>
        public static Outcome Fresh(EcsError error) => new(null, error, error.Code != "Throttling.User");

        /// <summary>Authenticated but not acceptable (a body that is not JSON, names that disagree): the signer's mistake.</summary>
        public static Outcome Failed(EcsError error) => new(null, error, false);
    }
}
