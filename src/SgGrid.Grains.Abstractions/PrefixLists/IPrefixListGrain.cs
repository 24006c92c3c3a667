using System.Collections.Immutable;
using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.PrefixLists;

/// <summary>
/// One prefix list, keyed by its id (<c>pl-…</c>): its CIDR entries and the security groups that use it. Every change of
/// the entries is pushed to every user (<see cref="IPrefixListUserGrain.PrefixListChangedAsync"/>) with bounded concurrency.
/// </summary>
/// <remarks>
/// Users are identified by <see cref="GrainId"/> (a security group passes <c>this.GetGrainId()</c>), not by a bare id, so
/// the list calls the very grain that registered, whichever class implements <see cref="IPrefixListUserGrain"/>.
/// Another account's list answers <c>InvalidPrefixListId.NotFound</c> (or null), exactly as a missing one.
/// </remarks>
[Alias("sggrid.IPrefixListGrain")]
public interface IPrefixListGrain : IGrainWithStringKey
{
    /// <summary>Creates the list. Creating it again with the same owner and parameters returns it; different parameters are refused.</summary>
    [Alias("Create")]
    Task<Outcome<PrefixListInfo>> CreateAsync(PrefixListSpec spec);

    /// <summary>The list's attributes and entries, or null when it does not exist or belongs to another account.</summary>
    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<PrefixListInfo?> GetInfoAsync(ResourceOwner caller);

    /// <summary>
    /// Renames, re-describes, adds and removes entries, changes MaxEntries; the new entries reach every user before the call
    /// returns when <see cref="MutationOptions.WaitForConvergence"/>. A raised MaxEntries is first reserved with every user
    /// (<see cref="IPrefixListUserGrain.ReservePrefixListSizeAsync"/>): any limit it would break refuses the whole change.
    /// </summary>
    [Alias("Modify")]
    Task<MutationResult> ModifyAsync(ResourceOwner caller, PrefixListChange change, MutationOptions options);

    /// <summary>Deletes the list; refused with <c>NotAllowed.AssociationExist</c> while groups use it.</summary>
    [Alias("Delete")]
    Task<MutationResult> DeleteAsync(ResourceOwner caller);

    /// <summary>A group of <paramref name="caller"/>'s account starts using the list; returns its current entries and size.</summary>
    [Alias("AddUser")]
    Task<Outcome<PrefixListUse>> AddUserAsync(ResourceOwner caller, GrainId user);

    /// <summary>The group no longer uses the list (unknown users are ignored).</summary>
    [Alias("RemoveUser")]
    Task RemoveUserAsync(GrainId user);

    /// <summary>The keys (security group ids) of the grains using the list, ascending (DescribePrefixListAssociations); empty for another account.</summary>
    [Alias("GetUsers"), ReadOnly, AlwaysInterleave]
    Task<ImmutableArray<string>> GetUsersAsync(ResourceOwner caller);

    /// <summary>TagResources / UntagResources on the prefix list (at most <see cref="TagChange.MaxTagsPerResource"/> tags).</summary>
    [Alias("ChangeTags")]
    Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change);
}
