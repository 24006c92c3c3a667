using System.Collections.Immutable;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Evaluation;

/// <summary>The effective policy of one ENI: both directions, built by <see cref="EffectivePolicyBuilder"/>.</summary>
public sealed class EffectivePolicy(SecurityGroupType groupType, ImmutableArray<string> groupIds, DirectionalPolicy ingress, DirectionalPolicy egress)
{
    public SecurityGroupType GroupType { get; } = groupType;
    public ImmutableArray<string> GroupIds { get; } = groupIds;
    public DirectionalPolicy Ingress { get; } = ingress;
    public DirectionalPolicy Egress { get; } = egress;

    public DirectionalPolicy For(Direction direction) => direction == Direction.Ingress ? Ingress : Egress;
}
