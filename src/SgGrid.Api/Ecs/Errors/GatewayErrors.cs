using Microsoft.AspNetCore.Http;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Errors;

/// <summary>
/// The errors the gateway answers about the request as transported, before any action sees it: a body that came too
/// slowly or was cut short (docs/semantics.md, "Request gateway").
/// </summary>
public static class GatewayErrors
{
    /// <summary>The body did not arrive within the server's minimum data rate (HTTP 408).</summary>
    public const string RequestTimeoutCode = "RequestTimeout";

    public static EcsError RequestTimeout() =>
        new(RequestTimeoutCode, "The request body did not arrive in time.");

    /// <summary>
    /// The ECS error for the transport's refusal of a request (Kestrel's <see cref="BadHttpRequestException"/>): 408 for a
    /// body too slow, 413 for one too large, <c>InvalidBody.Malformed</c> (400) for one cut short or garbled.
    /// </summary>
    public static EcsError ForTransport(int statusCode, long maxBodyBytes) => statusCode switch
    {
        StatusCodes.Status408RequestTimeout => RequestTimeout(),
        StatusCodes.Status413PayloadTooLarge => ApiErrors.TooLarge($"the body exceeds {maxBodyBytes} bytes"),
        _ => ApiErrors.Malformed("Body", "The request body ended before its declared length, or its framing is broken."),
    };
}
