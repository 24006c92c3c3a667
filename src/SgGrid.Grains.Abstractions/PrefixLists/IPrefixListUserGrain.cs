using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.PrefixLists;

/// <summary>
/// A grain whose rules use prefix lists and must hear when their entries change. <c>ISecurityGroupGrain</c> is meant to
/// extend this interface (its <c>PrefixListChangedAsync</c> has this exact signature).
/// </summary>
[Alias("sggrid.IPrefixListUserGrain")]
public interface IPrefixListUserGrain : IGrainWithStringKey
{
    /// <summary>The prefix list now holds <paramref name="entries"/>. Lists notify each user in change order.</summary>
    [Alias("PrefixListChanged"), AlwaysInterleave]
    Task PrefixListChangedAsync(string prefixListId, AddressSet entries, MutationOptions options);

    /// <summary>
    /// The list's MaxEntries would rise to <paramref name="maxEntries"/> (D5: a prefix-list rule weighs its list's MaxEntries):
    /// checks the user's own limits and holds the extra weight until <see cref="PrefixListSizeChangedAsync"/> or
    /// <see cref="ReleasePrefixListSizeAsync"/>. A failure carries the limit's error.
    /// </summary>
    [Alias("ReservePrefixListSize"), AlwaysInterleave]
    Task<MutationResult> ReservePrefixListSizeAsync(string prefixListId, int maxEntries);

    /// <summary>The list's MaxEntries is now <paramref name="maxEntries"/> (raised after a reservation, or lowered).</summary>
    [Alias("PrefixListSizeChanged"), AlwaysInterleave]
    Task PrefixListSizeChangedAsync(string prefixListId, int maxEntries, MutationOptions options);

    /// <summary>The raise reserved by <see cref="ReservePrefixListSizeAsync"/> was refused elsewhere: the hold ends.</summary>
    [Alias("ReleasePrefixListSize"), AlwaysInterleave]
    Task ReleasePrefixListSizeAsync(string prefixListId);
}
