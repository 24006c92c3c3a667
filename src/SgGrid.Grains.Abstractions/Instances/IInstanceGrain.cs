using System.Collections.Immutable;
using Orleans.Concurrency;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>
/// One ECS instance, keyed by its id (<c>i-…</c>): its attributes, its primary ENI (created with it, deleted with it)
/// and the secondary ENIs attached to it. Its security groups are its primary ENI's.
/// </summary>
/// <remarks>
/// Methods taking a <see cref="ResourceOwner"/> answer <c>InvalidInstanceId.NotFound</c> for another account's instance,
/// exactly as for a missing one.
/// </remarks>
[Alias("sggrid.IInstanceGrain")]
public interface IInstanceGrain : IGrainWithStringKey
{
    /// <summary>
    /// RunInstances for one instance: creates the primary ENI in the given groups, or in the VPC's default group when none
    /// are given (decision D8, created on first use). The ENI's errors (groups, addresses) are returned unchanged; nothing
    /// is left behind on failure except a default group created on the way.
    /// </summary>
    [Alias("Create")]
    Task<Outcome<InstanceInfo>> CreateAsync(InstanceSpec spec, MutationOptions options);

    /// <summary>The instance's attributes (groups and addresses read from its primary ENI), or null when it does not exist.</summary>
    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<InstanceInfo?> GetInfoAsync();

    /// <summary>DeleteInstance: detaches the secondary ENIs (they survive, Available) and deletes the primary ENI.</summary>
    [Alias("Delete")]
    Task<MutationResult> DeleteAsync(ResourceOwner caller, MutationOptions options);

    /// <summary>
    /// AttachNetworkInterface: the ENI must be a secondary ENI of the caller, Available, in the instance's VPC and zone, and
    /// the instance below its ENI limit. The ENI keeps its own groups.
    /// </summary>
    [Alias("AttachNetworkInterface")]
    Task<MutationResult> AttachNetworkInterfaceAsync(ResourceOwner caller, string networkInterfaceId, MutationOptions options);

    /// <summary>DetachNetworkInterface: the ENI becomes Available; the primary ENI cannot be detached.</summary>
    [Alias("DetachNetworkInterface")]
    Task<MutationResult> DetachNetworkInterfaceAsync(ResourceOwner caller, string networkInterfaceId, MutationOptions options);

    /// <summary>ModifyInstanceAttribute's <c>SecurityGroupIds.N</c>: replaces the primary ENI's group set.</summary>
    [Alias("ReplaceSecurityGroups")]
    Task<MutationResult> ReplaceSecurityGroupsAsync(ResourceOwner caller, ImmutableArray<string> securityGroupIds, MutationOptions options);

    /// <summary>TagResources / UntagResources on the instance (at most <see cref="TagChange.MaxTagsPerResource"/> tags).</summary>
    [Alias("ChangeTags")]
    Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change);

    /// <summary>
    /// StartInstance / StopInstance / RebootInstance: refused with <c>IncorrectInstanceStatus</c> unless the instance is
    /// Stopped (Start) or Running (Stop, Reboot). Returns the status the instance had before.
    /// </summary>
    [Alias("ChangeStatus")]
    Task<Outcome<string>> ChangeStatusAsync(ResourceOwner caller, InstanceStatusChange change);

    /// <summary>ModifyInstanceAttribute: name, description, host name, deletion protection.</summary>
    [Alias("ModifyAttributes")]
    Task<MutationResult> ModifyAttributesAsync(ResourceOwner caller, InstanceAttributeChange change);
}
