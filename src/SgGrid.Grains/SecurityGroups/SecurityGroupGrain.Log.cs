using Microsoft.Extensions.Logging;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Grains.SecurityGroups;

public sealed partial class SecurityGroupGrain
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Security group {GroupId} created ({Type})")]
    private partial void LogCreated(string groupId, SecurityGroupType type);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Security group {GroupId} deleted")]
    private partial void LogDeleted(string groupId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Security group {GroupId} could not notify {Target} of version {Version}")]
    private partial void LogNotifyFailed(Exception exception, string groupId, string target, long version);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Security group {GroupId} version {Version} reached {Members} members in {Milliseconds} ms")]
    private partial void LogFannedOut(string groupId, long version, int members, double milliseconds);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Security group {GroupId} could not reserve or release rule weight with member {Member}")]
    private partial void LogRuleWeightFailed(Exception exception, string groupId, string member);
}
