namespace SgGrid.Grains.Scenarios;

/// <summary>Runs an asynchronous step over many items with a bounded number in flight (grain calls and storage reads).</summary>
internal static class BoundedConcurrency
{
    public static async Task<TResult[]> SelectAsync<T, TResult>(IReadOnlyList<T> items, int concurrency, Func<T, Task<TResult>> step)
    {
        var results = new TResult[items.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
        await Task.WhenAll(items.Select(async (item, index) =>
        {
            await gate.WaitAsync();
            try
            {
                results[index] = await step(item);
            }
            finally
            {
                gate.Release();
            }
        }));
        return results;
    }

    public static Task ForEachAsync<T>(IReadOnlyList<T> items, int concurrency, Func<T, Task> step) =>
        SelectAsync(items, concurrency, async item =>
        {
            await step(item);
            return true;
        });
}
