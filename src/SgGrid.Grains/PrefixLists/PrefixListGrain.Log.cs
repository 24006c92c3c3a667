using Microsoft.Extensions.Logging;

namespace SgGrid.Grains.PrefixLists;

public sealed partial class PrefixListGrain
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Prefix list {PrefixListId} version {Version} could not notify user {User}")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, string prefixListId, long version, string user);
}
