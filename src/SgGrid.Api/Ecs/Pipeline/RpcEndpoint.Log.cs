using Microsoft.Extensions.Logging;

namespace SgGrid.Api.Ecs.Pipeline;

public sealed partial class RpcEndpoint
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Request {RequestId} ({Action}) failed with an unexpected error")]
    private partial void LogFailed(Exception exception, string requestId, string action);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Request {RequestId} refused by the transport with {StatusCode}: {Reason}")]
    private partial void LogTransportRefused(string requestId, int statusCode, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Request {RequestId} ({Action}) could not be answered by the cluster in time")]
    private partial void LogUnavailable(Exception exception, string requestId, string action);
}
