using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Scenarios;

namespace SgGrid.Grains.PrefixLists;

/// <summary>
/// MaxEntries changes (D5, docs/semantics.md): every rule using the list weighs its MaxEntries against its group's and its
/// ENIs' rule limits, so a raise is reserved with every user first and refused whole if one cannot take it. The list's
/// turns do not interleave, so no user registers while a raise is being decided; AddUser answers the size decided.
/// </summary>
public sealed partial class PrefixListGrain
{
    /// <summary>Reserves <paramref name="maxEntries"/> with every user; on any refusal releases the others and returns the first error.</summary>
    private async Task<EcsError?> ReserveSizeAsync(int maxEntries)
    {
        var users = State.Users.Select(GrainId.Parse).ToArray();
        var results = await BoundedConcurrency.SelectAsync(users, options.Value.FanOutConcurrency, async user =>
        {
            try
            {
                return await GrainFactory.GetGrain<IPrefixListUserGrain>(user).ReservePrefixListSizeAsync(PrefixListId, maxEntries);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A user that cannot answer is not held against the change (as a member that cannot answer a group's growth).
                LogNotifyFailed(logger, exception, PrefixListId, State.Version, user.ToString());
                return MutationResult.Success(State.Version);
            }
        });
        if (results.All(r => r.Succeeded))
        {
            return null;
        }

        var reserved = users.Where((_, i) => results[i].Succeeded).ToArray();
        await BoundedConcurrency.ForEachAsync(reserved, options.Value.FanOutConcurrency,
            user => GrainFactory.GetGrain<IPrefixListUserGrain>(user).ReleasePrefixListSizeAsync(PrefixListId));
        return results.First(r => !r.Succeeded).Errors[0];
    }

    /// <summary>Tells every user the list's MaxEntries now (a reserved raise, or a lowering): their rules weigh it from here on.</summary>
    private Task AnnounceSizeAsync(int maxEntries, MutationOptions mutationOptions) =>
        BoundedConcurrency.ForEachAsync(State.Users.Select(GrainId.Parse).ToArray(), options.Value.FanOutConcurrency, async user =>
        {
            try
            {
                await GrainFactory.GetGrain<IPrefixListUserGrain>(user).PrefixListSizeChangedAsync(PrefixListId, maxEntries, mutationOptions);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A user that cannot take the change keeps its reservation (its limits stay conservative) and re-reads on its next AddUser.
                LogNotifyFailed(logger, exception, PrefixListId, State.Version, user.ToString());
            }
        });
}
