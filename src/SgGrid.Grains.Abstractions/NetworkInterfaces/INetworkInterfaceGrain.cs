using System.Collections.Immutable;
using Orleans.Concurrency;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.VSwitches;

namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>
/// One ENI, keyed by its id (<c>eni-…</c>): attributes, addresses, its security groups, and — derived, never
/// stored — the compiled filters of both directions, rebuilt from its groups' latest snapshots.
/// </summary>
[Alias("sggrid.INetworkInterfaceGrain")]
public interface INetworkInterfaceGrain : IGrainWithStringKey
{
    /// <summary>Creates the ENI and joins its groups (all or none).</summary>
    [Alias("Create")]
    Task<Outcome<NetworkInterfaceInfo>> CreateAsync(NetworkInterfaceSpec spec, MutationOptions options);

    [Alias("GetInfo"), ReadOnly, AlwaysInterleave]
    Task<NetworkInterfaceInfo?> GetInfoAsync();

    /// <summary>Leaves every group and forgets the ENI.</summary>
    [Alias("Delete")]
    Task<MutationResult> DeleteAsync(ResourceOwner caller, MutationOptions options);

    [Alias("JoinSecurityGroup")]
    Task<MutationResult> JoinSecurityGroupAsync(ResourceOwner caller, string securityGroupId, MutationOptions options);

    [Alias("LeaveSecurityGroup")]
    Task<MutationResult> LeaveSecurityGroupAsync(ResourceOwner caller, string securityGroupId, MutationOptions options);

    /// <summary>Replaces the group set (ModifyNetworkInterfaceAttribute / ModifyInstanceAttribute).</summary>
    [Alias("ReplaceSecurityGroups")]
    Task<MutationResult> ReplaceSecurityGroupsAsync(ResourceOwner caller, ImmutableArray<string> securityGroupIds, MutationOptions options);

    /// <summary>
    /// The ENI is now attached to <paramref name="instanceId"/> (status InUse). Called by the instance, which checks ECS's
    /// attach rules; refused with <c>InvalidOperation.InvalidEniState</c> when attached to another instance, a success when
    /// already attached to this one.
    /// </summary>
    [Alias("AttachToInstance")]
    Task<MutationResult> AttachToInstanceAsync(ResourceOwner caller, string instanceId);

    /// <summary>
    /// The ENI is no longer attached to <paramref name="instanceId"/> (status Available). Called by the instance; refused with
    /// <c>InvalidOperation.InvalidEniState</c> when attached to another instance, a success when not attached.
    /// </summary>
    [Alias("DetachFromInstance")]
    Task<MutationResult> DetachFromInstanceAsync(ResourceOwner caller, string instanceId);

    /// <summary>
    /// Adds secondary private addresses: IPv4 ones are claimed from the ENI's vSwitch (all or none), IPv6 ones are taken as
    /// given; every group is told. <c>InvalidOperation.Ipv4CountExceeded</c> beyond
    /// <see cref="NetworkInterfaceLimits.SecondaryPrivateIpAddresses"/>.
    /// </summary>
    [Alias("AssignPrivateAddresses")]
    Task<MutationResult> AssignPrivateAddressesAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses, MutationOptions options);

    /// <summary>
    /// AssignPrivateIpAddresses' <c>SecondaryPrivateIpAddressCount</c>: takes the vSwitch's next <paramref name="count"/> (≥ 1)
    /// free IPv4 addresses as secondaries (all or none) and answers them, in allocation order.
    /// </summary>
    [Alias("AssignPrivateAddressCount")]
    Task<Outcome<AddressAllocation>> AssignPrivateAddressCountAsync(ResourceOwner caller, int count, MutationOptions options);

    [Alias("UnassignPrivateAddresses")]
    Task<MutationResult> UnassignPrivateAddressesAsync(ResourceOwner caller, ImmutableArray<NetworkAddress> addresses, MutationOptions options);

    /// <summary>ModifyNetworkInterfaceAttribute's name, description and DeleteOnRelease (the group set has its own call).</summary>
    [Alias("ModifyAttributes")]
    Task<MutationResult> ModifyAttributesAsync(ResourceOwner caller, NetworkInterfaceAttributeChange change);

    /// <summary>A group of this ENI reached <paramref name="version"/>; returns once the ENI serves it.</summary>
    [Alias("GroupChanged"), AlwaysInterleave]
    Task GroupChangedAsync(string securityGroupId, long version);

    /// <summary>Decides one direction of one flow with its explanation; an error when the ENI does not exist.</summary>
    [Alias("Evaluate"), ReadOnly]
    Task<Outcome<SideExplanation>> EvaluateAsync(Direction direction, Flow flow);

    /// <summary>The throughput path: decides one direction for a batch of flows; decisions in flow order.</summary>
    [Alias("EvaluateBatch"), ReadOnly]
    Task<FilterDecision[]> EvaluateBatchAsync(Direction direction, Flow[] flows);

    /// <summary>
    /// The per-ENI rule limit (D5), owned by the ENI: group <paramref name="securityGroupId"/> is about to weigh
    /// <paramref name="delta"/> more. True, and the weight held under <paramref name="token"/> until
    /// <see cref="ReleaseRuleWeightAsync"/>, when every group of the ENI with every weight held stays within the limit; false
    /// otherwise. Decided in one turn, so growths of several groups of one ENI at once cannot together pass the limit.
    /// </summary>
    [Alias("ReserveRuleWeight"), AlwaysInterleave]
    Task<bool> ReserveRuleWeightAsync(string token, string securityGroupId, int delta);

    /// <summary>
    /// Ends the hold of <paramref name="token"/>: at once when the change was abandoned (<paramref name="settledAtVersion"/>
    /// null), or once the ENI serves the group's <paramref name="settledAtVersion"/>, whose snapshot carries the weight.
    /// </summary>
    [Alias("ReleaseRuleWeight"), AlwaysInterleave]
    Task ReleaseRuleWeightAsync(string token, long? settledAtVersion);

    /// <summary>The group versions the ENI serves now (group id → version).</summary>
    [Alias("GetAppliedVersions"), ReadOnly, AlwaysInterleave]
    Task<ImmutableDictionary<string, long>> GetAppliedVersionsAsync();

    /// <summary>Like <see cref="EvaluateBatchAsync"/>, with each decision explained (one shared explanation per distinct decision).</summary>
    [Alias("EvaluateBatchExplained"), ReadOnly]
    Task<SideExplanation[]> EvaluateBatchExplainedAsync(Direction direction, Flow[] flows);

    /// <summary>The policy of <paramref name="direction"/> in evaluation order, implicit entries included; an error when the ENI does not exist.</summary>
    [Alias("GetEffectiveRules"), ReadOnly]
    Task<Outcome<Analysis.EffectiveRules>> GetEffectiveRulesAsync(Direction direction);

    /// <summary>
    /// This ENI's side of every flow between <paramref name="local"/> (one of its addresses) and <paramref name="remote"/>:
    /// its egress when <paramref name="direction"/> is egress (it sends), its ingress otherwise, exactly, as port planes.
    /// </summary>
    [Alias("AnalyzeReachability"), ReadOnly]
    Task<Outcome<Analysis.SideReachabilityView>> AnalyzeReachabilityAsync(Direction direction, NetworkAddress local, NetworkAddress remote);

    /// <summary>This ENI's hit counts of <paramref name="securityGroupId"/>'s rules (rules never hit are absent).</summary>
    [Alias("GetRuleHits"), ReadOnly, AlwaysInterleave]
    Task<ImmutableArray<Analysis.RuleHitCount>> GetRuleHitsAsync(string securityGroupId);

    /// <summary>Forgets this ENI's hit counts of <paramref name="securityGroupId"/>'s rules.</summary>
    [Alias("ResetRuleHits")]
    Task ResetRuleHitsAsync(string securityGroupId);

    // The throughput path (the load harness): packed IPv4 batches, decisions as 32-bit words.

    /// <summary>
    /// Decides a batch of connections with this ENI as one end: this ENI evaluates <paramref name="localDirection"/> (ingress:
    /// it is the destination; egress: the source) and <paramref name="peerNetworkInterfaceId"/>, when not null, the other
    /// direction on its own filter, in one call; a null peer is an external end (allowed by default).
    /// </summary>
    [Alias("EvaluateConnections"), ReadOnly]
    Task<VerdictBatch> EvaluateConnectionsAsync(Direction localDirection, string? peerNetworkInterfaceId, FlowBatch batch);

    /// <summary>
    /// One direction of a packed batch on this ENI's filter: one <see cref="PackedDecision"/> per flow (4 bytes each), never
    /// changed after it is returned (a co-hosted caller gets it without a copy).
    /// </summary>
    [Alias("EvaluatePacked"), ReadOnly]
    Task<Immutable<byte[]>> EvaluatePackedAsync(Direction direction, FlowBatch batch);

    /// <summary>
    /// The transport-only ceiling of <see cref="EvaluateConnectionsAsync"/>: the same routing (the peer is called the same way)
    /// and result shape, with no evaluation (every decision reads as a default allow).
    /// </summary>
    [Alias("EchoConnections"), ReadOnly]
    Task<VerdictBatch> EchoConnectionsAsync(Direction localDirection, string? peerNetworkInterfaceId, FlowBatch batch);

    /// <summary>The transport-only ceiling of <see cref="EvaluatePackedAsync"/>.</summary>
    [Alias("EchoPacked"), ReadOnly]
    Task<Immutable<byte[]>> EchoPackedAsync(Direction direction, FlowBatch batch);

    /// <summary>
    /// Flow-log replay: decides each record on the side it names (ingress for <c>in</c>, egress for <c>out</c>) for
    /// <paramref name="caller"/>, who must own the ENI (<see cref="RecordDecisions.NotFound"/> otherwise), in one call. Counts
    /// no rule hits: the caller adds them with <see cref="AddRuleHitsAsync"/> once the upload is verified.
    /// </summary>
    [Alias("DecideRecords"), ReadOnly]
    Task<RecordDecisions> DecideRecordsAsync(ResourceOwner caller, RecordBatch batch);

    /// <summary>Adds rule hits counted elsewhere (a verified replay); hits of groups the ENI is no longer in are dropped.</summary>
    [Alias("AddRuleHits")]
    Task AddRuleHitsAsync(ImmutableArray<Analysis.RuleHitIncrement> hits);

    /// <summary>The address of the silo this activation runs on (for routing batches to the silo of their ENI).</summary>
    [Alias("GetSilo"), ReadOnly, AlwaysInterleave]
    Task<string> GetSiloAsync();

    /// <summary>TagResources / UntagResources on the ENI (at most <see cref="TagChange.MaxTagsPerResource"/> tags).</summary>
    [Alias("ChangeTags")]
    Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change);
}
