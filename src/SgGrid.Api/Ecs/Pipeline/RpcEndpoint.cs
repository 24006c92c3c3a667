using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SgGrid.Api.Diagnostics;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Signatures;
using SgGrid.Api.Hosting;
using SgGrid.Api.Tenancy;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Idempotency;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// The RPC endpoint (<c>GET|POST /</c>): has the request authenticated (<see cref="RequestAuthenticator"/>: signature,
/// freshness, the body read once), finds the action the signature names, runs it for the signing tenant — with
/// ClientToken idempotency where the action takes one — and writes the JSON answer or the ECS error.
/// </summary>
/// <remarks>Every answer carries a RequestId (also in the <c>x-acs-request-id</c> header). An exception is a bug: 500, logged with the RequestId.</remarks>
public sealed partial class RpcEndpoint(
    RpcActionCatalog catalog,
    RequestAuthenticator authenticator,
    TenantRegistry tenants,
    RegionCatalog regions,
    IGrainFactory grains,
    IOptions<SgGridApiOptions> options,
    ApiInstruments instruments,
    ILogger<RpcEndpoint> logger)
{
    /// <summary>Parameters that are the transport's, not the action's: left out of ClientToken fingerprints.</summary>
    private static readonly HashSet<string> TransportParameters = new(StringComparer.Ordinal)
    {
        "Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce",
        "SignatureType", "Timestamp", "SecurityToken", "ClientToken",
    };

    private readonly SgGridApiOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
        var requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();
        http.Response.Headers["x-acs-request-id"] = requestId;
        var call = new Call();
        Answer answer;
        try
        {
            answer = await ProcessAsync(http, requestId, call);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away: nobody to answer
        }
        catch (BadHttpRequestException exception)
        {
            // A body too slow, cut short or too large is the client's doing: a 4xx and a quiet line, never a 500 with a trace.
            LogTransportRefused(requestId, exception.StatusCode, exception.Message);
            answer = new Answer(null, GatewayErrors.ForTransport(exception.StatusCode, _options.MaxRequestBodyBytes));
        }
        catch (Exception exception) when (IsTransient(exception))
        {
            LogUnavailable(exception, requestId, call.Action?.Name ?? "unknown");
            answer = new Answer(null, ApiErrors.ServiceUnavailable());
        }
        catch (Exception exception)
        {
            LogFailed(exception, requestId, call.Action?.Name ?? "unknown");
            answer = new Answer(null, ApiErrors.InternalError());
        }

        try
        {
            await WriteAnswerAsync(http, requestId, call, answer);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away while the answer was written
        }

        instruments.Record(call.Action?.Name ?? "unknown", answer.Error?.Code ?? ApiInstruments.SuccessCode, Stopwatch.GetElapsedTime(started));
    }

    private static async Task WriteAnswerAsync(HttpContext http, string requestId, Call call, Answer answer)
    {
        if (answer.Error is { } error)
        {
            var status = EcsErrorStatus.Of(error.Code, call.Action?.Name);
            await RpcResponseWriter.WriteErrorAsync(http.Response, requestId, error, status, http.Request.Host.Value ?? "", Product(call.Version), answer.ErrorDetails);
        }
        else if (answer.Members is { } members)
        {
            await RpcResponseWriter.WriteStreamedSuccessAsync(http.Response, requestId, members, http.RequestAborted);
        }
        else
        {
            await RpcResponseWriter.WriteSuccessAsync(http.Response, requestId, answer.Body!);
        }
    }

    private async Task<Answer> ProcessAsync(HttpContext http, string requestId, Call call)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            return Answer.Fail(ApiErrors.UnsupportedHttpMethod(http.Request.Method));
        }

        // An action whose body is its payload, named before the body: the body is left to it, with its own size limit.
        var streamed = StreamedBodyActionOf(http.Request);
        var maxBodyBytes = streamed?.MaxBodyBytes(_options) ?? _options.MaxRequestBodyBytes;

        // Refuse a declared oversized body before reading it: a client that sent Expect: 100-continue then gets the answer
        // without ever sending the body.
        if (http.Request.ContentLength > maxBodyBytes)
        {
            return Answer.Fail(ApiErrors.TooLarge($"the body exceeds {maxBodyBytes} bytes"));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBodyBytes;
        }

        // For error answers only until the request is authenticated: what it claims to be.
        call.Version = http.Request.Headers["x-acs-version"].FirstOrDefault() ?? http.Request.Query["Version"].FirstOrDefault();
        AuthenticatedCall? authenticated;
        EcsError? refused;
        try
        {
            (authenticated, refused) = await authenticator.AuthenticateAsync(http, streamed is not null, maxBodyBytes);
        }
        catch (BadHttpRequestException exception)
        {
            LogTransportRefused(requestId, exception.StatusCode, exception.Message);
            return Answer.Fail(GatewayErrors.ForTransport(exception.StatusCode, maxBodyBytes));
        }

        if (refused is not null)
        {
            return Answer.Fail(refused);
        }

        // From here on, the action, version and parameters are the ones the signature covers.
        var name = authenticated!.ActionName;
        call.Version = authenticated.Version;
        call.Action = name is not null && call.Version is not null ? catalog.Find(call.Version, name) : null;
        if (name is null)
        {
            return Answer.Fail(ApiErrors.Missing("Action"));
        }

        if (call.Action is null)
        {
            return Answer.Fail(ApiErrors.ApiNotFound(name, call.Version));
        }

        var parameters = authenticated.Parameters;
        var tenant = tenants.FindByAccessKeyId(authenticated.AccessKeyId)!;
        var scenario = await FindScenarioAsync(parameters.Get("RegionId"), tenant.AccountId);
        var context = new RpcContext(requestId, parameters, tenant, grains, regions, _options, scenario, http.RequestAborted)
        {
            Body = authenticated.Body,
            DeclaredBodyHash = authenticated.DeclaredBodyHash,
        };
        return call.Action.UsesClientToken && parameters.Get("ClientToken") is { } token
            ? await RunWithClientTokenAsync(call.Action, context, token)
            : Answer.From(await call.Action.ExecuteAsync(context));
    }

    /// <summary>The streamed-body action the request names in its headers or query, if any (the body is not read to find it).</summary>
    private IStreamedBodyAction? StreamedBodyActionOf(HttpRequest request)
    {
        var name = request.Headers["x-acs-action"].FirstOrDefault() ?? request.Query["Action"].FirstOrDefault();
        var version = request.Headers["x-acs-version"].FirstOrDefault() ?? request.Query["Version"].FirstOrDefault();
        return name is not null && version is not null ? catalog.Find(version, name) as IStreamedBodyAction : null;
    }

    /// <summary>
    /// The tenant's what-if scenario a RegionId names (<c>{region}-wis-…</c>), or null: a RegionId that merely looks like
    /// one (another tenant's, deleted, unknown) is then an ordinary unserved region, answered as such by the action.
    /// </summary>
    private async Task<WhatIfScenarioInfo?> FindScenarioAsync(string? regionId, string accountId)
    {
        if (!ScenarioRegions.TryParse(regionId, out var productionRegionId, out var scenarioId) || regionId!.Length > TenantRegion.MaxIdLength || !regions.IsServed(productionRegionId))
        {
            return null;
        }

        return await grains.GetGrain<IWhatIfScenarioGrain>(scenarioId).GetInfoAsync(new ResourceOwner(accountId, productionRegionId));
    }

    /// <summary>Runs the action at most once per ClientToken: repeats with the same parameters get the first success's answer.</summary>
    private async Task<Answer> RunWithClientTokenAsync(IRpcAction action, RpcContext context, string token)
    {
        if (token.Length > 64 || token.Any(c => c is < ' ' or > '~'))
        {
            return Answer.Fail(ApiErrors.Malformed("ClientToken", "It must be at most 64 ASCII characters."));
        }

        var regionId = context.Parameters.Get("RegionId") ?? regions.DefaultRegionId;
        if (!context.Serves(regionId))
        {
            return Answer.From(await action.ExecuteAsync(context)); // the action answers the region error itself
        }

        var fingerprint = Fingerprint(action, context.Parameters);
        var clientToken = grains.GetClientToken(new ResourceOwner(context.AccountId, regionId), token);
        var claim = await clientToken.ClaimAsync(fingerprint);
        switch (claim.Status)
        {
            case ClientTokenStatus.Completed:
                return new Answer(claim.ResponseBody ?? "{}"u8.ToArray(), null);
            case ClientTokenStatus.Mismatch:
                return Answer.Fail(ApiErrors.IdempotentParameterMismatch());
            case ClientTokenStatus.InProgress:
                return Answer.Fail(ApiErrors.LastTokenProcessing());
        }

        Answer answer;
        try
        {
            answer = Answer.From(await action.ExecuteAsync(context));
        }
        catch
        {
            await clientToken.ReleaseAsync(fingerprint);
            throw;
        }

        if (answer.Error is null)
        {
            await clientToken.CompleteAsync(fingerprint, answer.Body!);
        }
        else
        {
            await clientToken.ReleaseAsync(fingerprint);
        }

        return answer;
    }

    /// <summary>A hash of the action and its business parameters (sorted), so a repeat matches whatever order they come in.</summary>
    private static string Fingerprint(IRpcAction action, RpcParameters parameters)
    {
        var text = new StringBuilder().Append(action.Version).Append('\n').Append(action.Name);
        foreach (var name in parameters.Names.Where(n => !TransportParameters.Contains(n)).Order(StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append('=').Append(parameters.Get(name));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static bool IsTransient(Exception exception) =>
        exception is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException;

    private static string Product(string? version) => ApiVersions.ProductOf(version) switch
    {
        "vpc" => "Vpc",
        "sggrid" => "SgGrid",
        _ => "Ecs",
    };

    /// <summary>What the request was for, filled in as it becomes known (for the error body and the metrics).</summary>
    private sealed class Call
    {
        public IRpcAction? Action { get; set; }

        public string? Version { get; set; }
    }

    /// <summary>A serialized success body, a streamed one (<see cref="RpcResult.Members"/>), or an error.</summary>
    private readonly record struct Answer(byte[]? Body, EcsError? Error, Func<StreamedAnswer, CancellationToken, Task>? Members = null, object? ErrorDetails = null)
    {
        public static Answer Fail(EcsError error) => new(null, error);

        public static Answer From(RpcResult result) =>
            !result.Succeeded ? new(null, result.Error, null, result.Body)
            : result.Members is { } members ? new(null, null, members)
            : new(RpcResponseWriter.SerializeBody(result.Body), null);
    }
}
