using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Pipeline;

/// <summary>
/// Writes answers as the SDKs expect them: JSON (<c>application/json;charset=utf-8</c>) with ECS's PascalCase field names,
/// numbers and booleans as JSON numbers and booleans, absent values omitted, and a <c>RequestId</c> in every answer.
/// </summary>
public static class RpcResponseWriter
{
    public const string ContentType = "application/json;charset=utf-8";

    /// <summary>Property names as declared (ECS's PascalCase), nulls omitted, non-ASCII text kept as is.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A success body without its RequestId (what a ClientToken replays).</summary>
    public static byte[] SerializeBody(object? body) =>
        body is null ? "{}"u8.ToArray() : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), JsonOptions);

    /// <summary>Writes <paramref name="body"/> (a JSON object) with <c>RequestId</c> as its first field.</summary>
    public static async Task WriteSuccessAsync(HttpResponse response, string requestId, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(body);
        var head = Encoding.UTF8.GetBytes($"{{\"RequestId\":\"{requestId}\"");
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var rest = body.AsMemory(1); // the body's fields and closing brace, after its opening brace
        var separator = rest.Length > 1 ? ","u8.ToArray() : [];
        response.ContentLength = head.Length + separator.Length + rest.Length;
        await response.Body.WriteAsync(head);
        await response.Body.WriteAsync(separator);
        await response.Body.WriteAsync(rest);
    }

    /// <summary>
    /// Writes a success whose fields <paramref name="members"/> produces, after <c>RequestId</c>, as they come (no length known;
    /// chunked). A failure past the first bytes can no longer become an ECS error: the connection is aborted instead.
    /// </summary>
    public static async Task WriteStreamedSuccessAsync(HttpResponse response, string requestId, Func<StreamedAnswer, CancellationToken, Task> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(members);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var body = response.BodyWriter;
        await using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = JsonOptions.Encoder, SkipValidation = true });
        var answer = new StreamedAnswer(writer, body);
        writer.WriteStartObject();
        writer.WriteString("RequestId", requestId);
        try
        {
            await members(answer, cancellationToken);
        }
        catch when (response.HasStarted)
        {
            response.HttpContext.Abort();
            throw;
        }

        writer.WriteEndObject();
        await answer.FlushAsync(cancellationToken);
    }

    /// <summary>Writes an error as <c>{RequestId, HostId, Code, Message, Recommend}</c> with <paramref name="status"/>.</summary>
    public static async Task WriteErrorAsync(HttpResponse response, string requestId, EcsError error, int status, string hostId, string product, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(error);
        var errorBody = new ErrorBody(
            requestId,
            hostId,
            error.Code,
            error.Message,
            $"https://api.aliyun.com/troubleshoot?q={Uri.EscapeDataString(error.Code)}&product={product}&requestId={requestId}");
        byte[] body;
        if (details is null)
        {
            body = JsonSerializer.SerializeToUtf8Bytes(errorBody, JsonOptions);
        }
        else
        {
            // The details' fields follow the usual five (ImportRegion's Problems).
            var merged = JsonSerializer.SerializeToNode(errorBody, JsonOptions)!.AsObject();
            foreach (var (name, value) in JsonSerializer.SerializeToNode(details, details.GetType(), JsonOptions)!.AsObject().ToList())
            {
                merged[name] = value?.DeepClone();
            }

            body = JsonSerializer.SerializeToUtf8Bytes(merged, JsonOptions);
        }
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    private sealed record ErrorBody(string RequestId, string HostId, string Code, string Message, string Recommend);
}
