using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.SecurityGroups;

namespace SgGrid.Domain.Tests.Support;

/// <summary>An ENI under test: its effective policy, compiled both ways, and a check that both evaluators agree.</summary>
public sealed class Eni
{
    public Eni(IReadOnlyList<SecurityGroupSnapshot> groups, IPeerResolver? resolver = null, EmulationOptions? options = null)
    {
        Policy = EffectivePolicyBuilder.Build(groups, resolver ?? DictionaryPeerResolver.Empty, options ?? EmulationOptions.Default).GetValueOrThrow();
        (Ingress, Egress) = RuleCompiler.Compile(Policy);
    }

    public EffectivePolicy Policy { get; }
    public CompiledFilter Ingress { get; }
    public CompiledFilter Egress { get; }

    public static Eni Of(params SecurityGroupSnapshot[] groups) => new(groups);

    /// <summary>The ingress decision; asserts that the reference, the compiled filter and both forced structures agree.</summary>
    public FilterDecision In(Flow flow) => Decide(Policy.Ingress, flow);

    /// <summary>The egress decision; asserts agreement as <see cref="In"/> does.</summary>
    public FilterDecision Out(Flow flow) => Decide(Policy.Egress, flow);

    public DecisionExplanation ExplainIn(Flow flow) => Policy.Ingress.Explain(In(flow));

    public DecisionExplanation ExplainOut(Flow flow) => Policy.Egress.Explain(Out(flow));

    private static FilterDecision Decide(DirectionalPolicy policy, Flow flow)
    {
        var reference = ReferenceEvaluator.Evaluate(policy, flow);
        Assert.Equal(reference, RuleCompiler.Compile(policy).Evaluate(flow));
        Assert.Equal(reference, RuleCompiler.Compile(policy, 0).Evaluate(flow));
        Assert.Equal(reference, RuleCompiler.Compile(policy, int.MaxValue).Evaluate(flow));
        return reference;
    }
}
