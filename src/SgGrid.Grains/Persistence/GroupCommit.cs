namespace SgGrid.Grains.Persistence;

/// <summary>
/// Group commit for a grain's state: one write at a time, and a caller returns once a write that started after its
/// change has completed. Changes that arrive while a write runs share the next write, so a burst of N interleaved
/// changes costs about two writes instead of N (a grain must let those calls interleave for this to help).
/// </summary>
internal sealed class GroupCommit(Func<Task> write)
{
    private long _changes;
    private long _persisted;
    private Task? _write;

    /// <summary>Records that state changed and waits until a write containing the change is durable.</summary>
    public async Task CommitAsync()
    {
        var target = ++_changes;
        while (_persisted < target)
        {
            if (_write is { IsCompleted: false } running)
            {
                try
                {
                    await running;
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // That write's own callers saw the failure; this change is written by a later one.
                }

                continue;
            }

            _write = WriteAsync(_changes);
            await _write;
        }
    }

    private async Task WriteAsync(long upTo)
    {
        await write();
        _persisted = Math.Max(_persisted, upTo);
    }
}
