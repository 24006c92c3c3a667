using Microsoft.Extensions.Logging;

namespace SgGrid.Grains.NetworkInterfaces;

public sealed partial class NetworkInterfaceGrain
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Network interface {NetworkInterfaceId} could not build a filter: {Reason}")]
    private partial void LogFilterFailed(string networkInterfaceId, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Network interface {NetworkInterfaceId} could not save its rule-hit counts on deactivation ({Reason})")]
    private partial void LogRuleHitsNotSaved(Exception exception, string networkInterfaceId, DeactivationReasonCode reason);
}
