using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Filters;

/// <summary>An ENI's compiled filters for both directions and the policy they came from. Immutable and shared.</summary>
/// <remarks>Key is the content address: the ordered group ids and versions it was built from.</remarks>
public sealed record NetworkInterfaceFilter(string Key, EffectivePolicy Policy, CompiledFilter Ingress, CompiledFilter Egress)
{
    public CompiledFilter For(Domain.Rules.Direction direction) => direction == Domain.Rules.Direction.Ingress ? Ingress : Egress;
}
