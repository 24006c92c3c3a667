using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Tests.PrefixLists;

/// <summary>Records every <see cref="PrefixListChangedAsync"/> call, in arrival order.</summary>
public sealed class RecordingPrefixListUserGrain : Grain, IRecordingPrefixListUserGrain
{
    private readonly List<PrefixListNotification> _notifications = [];

    public Task PrefixListChangedAsync(string prefixListId, AddressSet entries, MutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _notifications.Add(new PrefixListNotification(prefixListId, entries, options.WaitForConvergence));
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<PrefixListNotification>> GetNotificationsAsync() => Task.FromResult(_notifications.ToImmutableArray());

    public Task<MutationResult> ReservePrefixListSizeAsync(string prefixListId, int maxEntries) => Task.FromResult(MutationResult.Success(0));

    public Task PrefixListSizeChangedAsync(string prefixListId, int maxEntries, MutationOptions options) => Task.CompletedTask;

    public Task ReleasePrefixListSizeAsync(string prefixListId) => Task.CompletedTask;
}
