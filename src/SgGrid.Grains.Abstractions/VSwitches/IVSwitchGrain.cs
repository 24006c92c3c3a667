using System.Collections.Immutable;
using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.VSwitches;

/// <summary>
/// One vSwitch, keyed by its id (<c>vsw-…</c>): its zone and CIDR block inside its VPC, and the allocation of its private
/// IPv4 addresses (never the same address twice; the first and the last three of the block are reserved).
/// </summary>
/// <remarks>Another account's vSwitch answers <c>InvalidVSwitchId.NotFound</c> (or null), exactly as a missing one.</remarks>
[Alias("sggrid.IVSwitchGrain")]
public interface IVSwitchGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the vSwitch: <c>InvalidCidrBlock.Malformed</c> (mask, family), <c>InvalidVpcId.NotFound</c>,
    /// <c>InvalidCidrBlock.Mismatch</c> (outside the VPC), <c>InvalidCidrBlock.Overlapped</c>. Creating it again with the
    /// same parameters returns it.
    /// </summary>
    [Alias("Create")]
    Task<Outcome<VSwitchInfo>> CreateAsync(VSwitchSpec spec);

    /// <summary>The vSwitch's attributes, or null when it does not exist or belongs to another account.</summary>
    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<VSwitchInfo?> GetInfoAsync(ResourceOwner caller);

    /// <summary>Deletes the vSwitch; refused with <c>DependencyViolation</c> while any of its addresses is allocated.</summary>
    /// <summary>ModifyVSwitchAttribute: replaces the name and/or description (null leaves it as it is).</summary>
    [Alias("ModifyAttribute")]
    Task<MutationResult> ModifyAttributeAsync(ResourceOwner caller, string? name, string? description);

    /// <summary>TagResources / UnTagResources on the vSwitch (at most <see cref="TagChange.MaxTagsPerResource"/> tags).</summary>
    [Alias("ChangeTags")]
    Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change);

    [Alias("Delete")]
    Task<MutationResult> DeleteAsync(ResourceOwner caller);

    /// <summary>The next <paramref name="count"/> (≥ 1) free addresses, all or none: <c>InvalidVSwitchId.IpNotEnough</c> when fewer are free.</summary>
    [Alias("Allocate"), AlwaysInterleave]
    Task<Outcome<AddressAllocation>> AllocateAsync(ResourceOwner caller, int count);

    /// <summary>
    /// The given addresses, all or none: <c>InvalidVSwitchId.IpInvalid</c> outside the block or reserved,
    /// <c>InvalidPrivateIpAddress.Duplicated</c> when taken (or given twice).
    /// </summary>
    [Alias("AllocateSpecific"), AlwaysInterleave]
    Task<Outcome<AddressAllocation>> AllocateSpecificAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses);

    /// <summary>Frees addresses; those not allocated are ignored.</summary>
    [Alias("Release"), AlwaysInterleave]
    Task<MutationResult> ReleaseAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses);
}
