using System.Collections.Immutable;
using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.SecurityGroups;

/// <summary>
/// One security group, keyed by its id (<c>sg-…</c>): attributes, rules, members (ENI id → private addresses) and
/// the groups whose rules reference it. Every change is pushed to the member ENIs as a new <see cref="GroupSnapshot"/>.
/// </summary>
[Alias("sggrid.ISecurityGroupGrain")]
public interface ISecurityGroupGrain : IGrainWithStringKey, SgGrid.Grains.Abstractions.PrefixLists.IPrefixListUserGrain
{
    [Alias("Create")]
    Task<Outcome<SecurityGroupInfo>> CreateAsync(SecurityGroupSpec spec);

    /// <summary>The group's attributes, or null when it does not exist.</summary>
    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<SecurityGroupInfo?> GetInfoAsync();

    [Alias("GetRules"), ReadOnly]
    Task<ImmutableArray<SecurityGroupRuleView>> GetRulesAsync();

    [Alias("Authorize")]
    Task<MutationResult> AuthorizeAsync(ResourceOwner caller, Direction direction, ImmutableArray<PermissionRequest> permissions, MutationOptions options);

    [Alias("Revoke")]
    Task<MutationResult> RevokeAsync(ResourceOwner caller, Direction direction, ImmutableArray<string> ruleIds, ImmutableArray<PermissionRequest> permissions, MutationOptions options);

    /// <summary>ModifySecurityGroupRule / ModifySecurityGroupEgressRule by rule id: the given fields replace the rule's.</summary>
    [Alias("ModifyRule")]
    Task<MutationResult> ModifyRuleAsync(ResourceOwner caller, Direction direction, string ruleId, PermissionRequest changes, MutationOptions options);

    /// <summary>
    /// ModifySecurityGroupRule / ModifySecurityGroupEgressRule without a rule id (the legacy form): the rules of
    /// <paramref name="direction"/> that <paramref name="match"/> identifies, as RevokeSecurityGroup matches them, get its
    /// <see cref="PermissionRequest.Description"/>; nothing else changes. <c>InvalidGroupAuthItem.NotFound</c> when no rule matches.
    /// </summary>
    [Alias("ModifyRuleDescription")]
    Task<MutationResult> ModifyRuleDescriptionAsync(ResourceOwner caller, Direction direction, PermissionRequest match, MutationOptions options);

    [Alias("ModifyPolicy")]
    Task<MutationResult> ModifyPolicyAsync(ResourceOwner caller, InnerAccessPolicy policy, MutationOptions options);

    [Alias("ModifyAttribute")]
    Task<MutationResult> ModifyAttributeAsync(ResourceOwner caller, string? name, string? description);

    /// <summary>Refused with DependencyViolation while members or referencing groups exist, and for a managed group.</summary>
    [Alias("Delete")]
    Task<MutationResult> DeleteAsync(ResourceOwner caller);

    /// <summary><see cref="DeleteAsync"/> by the cloud service of <paramref name="caller"/>'s account: managed groups included.</summary>
    [Alias("DeleteAsCloudService")]
    Task<MutationResult> DeleteAsCloudServiceAsync(ResourceOwner caller);

    /// <summary>
    /// An ENI of <paramref name="owner"/> in <paramref name="vpcId"/> joins, or re-announces its private addresses.
    /// Refused when the group is absent or another tenant's (<c>InvalidSecurityGroupId.NotFound</c>), in another VPC,
    /// managed, or full. Returns the group's snapshot on success.
    /// </summary>
    /// <remarks>Interleaves: the check and the change happen in one turn, then joins in flight share storage writes.</remarks>
    [Alias("AddMember"), AlwaysInterleave]
    Task<Outcome<GroupSnapshot>> AddMemberAsync(ResourceOwner owner, string vpcId, string networkInterfaceId, AddressSet addresses, MutationOptions options);

    [Alias("RemoveMember"), AlwaysInterleave]
    Task<MutationResult> RemoveMemberAsync(string networkInterfaceId, MutationOptions options);

    /// <summary>The snapshot members receive; null when the group does not exist.</summary>
    [Alias("GetSnapshot"), ReadOnly, AlwaysInterleave]
    Task<GroupSnapshot?> GetSnapshotAsync();

    /// <summary>Another group's rule now references this one; returns this group's member addresses.</summary>
    [Alias("AddReferrer"), AlwaysInterleave]
    Task<AddressSet> AddReferrerAsync(string referrerGroupId);

    [Alias("RemoveReferrer"), AlwaysInterleave]
    Task RemoveReferrerAsync(string referrerGroupId);

    /// <summary>A group this one references changed its members' addresses.</summary>
    [Alias("ReferencedGroupChanged"), AlwaysInterleave]
    Task ReferencedGroupChangedAsync(string groupId, AddressSet addresses, MutationOptions options);

    /// <summary>The groups whose rules reference this one (DescribeSecurityGroupReferences).</summary>
    [Alias("GetReferrers"), ReadOnly, AlwaysInterleave]
    Task<ImmutableArray<string>> GetReferrersAsync();

    /// <summary>Completes when every member (and every referencing group's members) serves <paramref name="version"/> or newer.</summary>
    [Alias("WaitForConvergence"), AlwaysInterleave]
    Task WaitForConvergenceAsync(long version);

    /// <summary>The member ENI ids.</summary>
    [Alias("GetMembers"), ReadOnly, AlwaysInterleave]
    Task<ImmutableArray<string>> GetMembersAsync();

    /// <summary>
    /// Every rule's hits summed over the current members, each counted from its join or the last reset, whichever is later
    /// (DescribeRuleHits); another tenant's group answers NotFound.
    /// </summary>
    [Alias("GetRuleHits")]
    Task<Outcome<Analysis.RuleHitReport>> GetRuleHitsAsync(ResourceOwner caller);

    /// <summary>Sets every member's hit counts of this group's rules back to zero and records the time (ResetRuleHits).</summary>
    [Alias("ResetRuleHits")]
    Task<MutationResult> ResetRuleHitsAsync(ResourceOwner caller);

    /// <summary>
    /// The bulk join: many ENIs of <paramref name="owner"/> in <paramref name="vpcId"/> join (or re-announce their addresses)
    /// under one new version and one fan-out round, instead of one version per member (O(members²) notifications while a
    /// group is populated). All or none: refused as <see cref="AddMemberAsync"/> refuses one, or when the group would be full.
    /// A member already present with the same addresses is left as is; when nothing changes the version stays.
    /// </summary>
    [Alias("AddMembers"), AlwaysInterleave]
    Task<MutationResult> AddMembersAsync(ResourceOwner owner, string vpcId, ImmutableArray<GroupMember> members, MutationOptions options);

    /// <summary>The bulk leave: removes the given members under one new version (absent ones are ignored).</summary>
    [Alias("RemoveMembers"), AlwaysInterleave]
    Task<MutationResult> RemoveMembersAsync(ImmutableArray<string> networkInterfaceIds, MutationOptions options);

    /// <summary>
    /// ApplyWhatIfScenario's step: replaces the rules (ids kept) and, for a basic group, the internal access policy with a
    /// scenario's staged ones, under one new version — only if the group is still at <paramref name="expectedVersion"/>
    /// (<c>IncorrectStatus.ProductionChanged</c> otherwise). Calling it again with the result's version and the previous
    /// rules undoes it.
    /// </summary>
    [Alias("Promote")]
    Task<MutationResult> PromoteAsync(ResourceOwner caller, long expectedVersion, ImmutableArray<SecurityGroupRuleView> rules, InnerAccessPolicy policy, MutationOptions options);

    /// <summary>TagResources / UntagResources on the security group (at most <see cref="TagChange.MaxTagsPerResource"/> tags).</summary>
    [Alias("ChangeTags")]
    Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change);
}
