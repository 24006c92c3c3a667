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
}
