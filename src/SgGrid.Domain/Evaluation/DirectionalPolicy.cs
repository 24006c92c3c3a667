using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Evaluation;

/// <summary>Everything that decides one direction of one ENI, in the order it is consulted.</summary>
/// <remarks>
/// Order: the platform's outbound TCP 25 block (egress, to addresses outside <see cref="InternalAddresses"/>), the platform
/// allow list, intra-group trust, the <see cref="Rules"/> (priority ascending, drop before accept, then group order, then
/// rule order), the default. Immutable; the reference evaluator and the compiler both read it. See docs/semantics.md.
/// </remarks>
public sealed class DirectionalPolicy
{
    internal DirectionalPolicy(
        Direction direction,
        SecurityGroupType groupType,
        ImmutableArray<string> groupIds,
        ImmutableArray<EffectiveRule> rules,
        ImmutableArray<IntraGroupTrust> intraGroupTrust,
        bool blockOutboundTcp25,
        ImmutableArray<PlatformRule> platformAllow,
        AddressSet internalAddresses)
    {
        Direction = direction;
        GroupType = groupType;
        GroupIds = groupIds;
        Rules = rules;
        IntraGroupTrust = intraGroupTrust;
        BlockOutboundTcp25 = blockOutboundTcp25 && direction == Direction.Egress;
        PlatformAllow = platformAllow.Where(p => p.Direction is null || p.Direction == direction).ToImmutableArray();
        InternalAddresses = internalAddresses;
    }

    public Direction Direction { get; }

    public SecurityGroupType GroupType { get; }

    /// <summary>The ENI's groups in association order.</summary>
    public ImmutableArray<string> GroupIds { get; }

    /// <summary>All custom rules of all the ENI's groups of this direction, pooled, in evaluation order.</summary>
    public ImmutableArray<EffectiveRule> Rules { get; }

    /// <summary>The trusting groups (basic, Accept) in group order; empty where trust does not apply to this direction.</summary>
    public ImmutableArray<IntraGroupTrust> IntraGroupTrust { get; }

    /// <summary>Whether outbound TCP 25 to addresses outside <see cref="InternalAddresses"/> is denied before any rule (egress only).</summary>
    public bool BlockOutboundTcp25 { get; }

    /// <summary>
    /// The internal network (decision D2): the private ranges, every block of the ENI's VPC and its groups' members. The
    /// outbound TCP 25 block spares it; every address intra-group trust accepts lies in it.
    /// </summary>
    public AddressSet InternalAddresses { get; }

    /// <summary>Platform allow entries that apply to this direction, in order.</summary>
    public ImmutableArray<PlatformRule> PlatformAllow { get; }

    /// <summary>The implicit verdict when nothing matched: deny inbound; allow outbound for basic, deny for advanced.</summary>
    public bool DefaultAllows => Direction == Direction.Egress && GroupType == SecurityGroupType.Normal;

    /// <summary>Describes a decision of a filter built from this policy.</summary>
    public DecisionExplanation Explain(FilterDecision decision) => decision.Reason switch
    {
        DecisionReason.Rule => DecisionExplanation.ForRule(decision.Allowed, Rules[decision.Index]),
        DecisionReason.IntraGroup => new DecisionExplanation(decision.Allowed, decision.Reason, GroupIds[decision.Index]),
        DecisionReason.Platform => new DecisionExplanation(decision.Allowed, decision.Reason, null)
        {
            PlatformRuleName = decision.Index < 0 ? "outbound TCP 25" : PlatformAllow[decision.Index].Name,
        },
        _ => new DecisionExplanation(decision.Allowed, decision.Reason, null),
    };
}
