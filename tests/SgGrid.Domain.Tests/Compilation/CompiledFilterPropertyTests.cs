using System.Collections.Immutable;
using CsCheck;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;

using static SgGrid.Domain.Tests.Support.PolicyGenerators;

namespace SgGrid.Domain.Tests.Compilation;

/// <summary>
/// The compiled filter agrees with the reference evaluator (verdict, reason and deciding rule) on random ENIs:
/// several groups, IPv4 and IPv6, overlapping CIDRs from small pools, equal priorities, references, prefix lists,
/// quintuple fields, intra-group trust, platform rules, both structures.
/// </summary>
public class CompiledFilterPropertyTests
{
    [Fact]
    public void Evaluate_RandomEnisAndFlows_CompiledAgreesWithReference()
    {
        ScenarioGen.Sample(scenario =>
        {
            var policy = EffectivePolicyBuilder.Build(scenario.Groups, scenario.Resolver, scenario.Options).GetValueOrThrow();
            foreach (var directional in new[] { policy.Ingress, policy.Egress })
            {
                CompiledFilter[] filters =
                [
                    RuleCompiler.Compile(directional),
                    RuleCompiler.Compile(directional, linearScanMaxEntries: 0),
                    RuleCompiler.Compile(directional, linearScanMaxEntries: int.MaxValue),
                ];
                foreach (var flow in scenario.Flows)
                {
                    var expected = ReferenceEvaluator.Evaluate(directional, flow);
                    foreach (var filter in filters)
                    {
                        var actual = filter.Evaluate(flow);
                        if (actual != expected)
                        {
                            throw new InvalidOperationException($"{directional.Direction} {flow}: reference {expected}, compiled ({filter.Ipv4Structure}) {actual}");
                        }
                    }
                }
            }
        }, iter: 3000);
    }

    [Fact]
    public void Evaluate_RandomScenarios_ExerciseEveryReason()
    {
        // Guards the generator: the agreement property above is only meaningful if all reasons and both verdicts occur.
        var seen = new HashSet<(DecisionReason, bool)>();
        ScenarioGen.Sample(scenario =>
        {
            var policy = EffectivePolicyBuilder.Build(scenario.Groups, scenario.Resolver, scenario.Options).GetValueOrThrow();
            foreach (var flow in scenario.Flows)
            {
                var decision = ReferenceEvaluator.Evaluate(policy.Egress, flow);
                lock (seen)
                {
                    seen.Add((decision.Reason, decision.Allowed));
                    seen.Add((ReferenceEvaluator.Evaluate(policy.Ingress, flow).Reason, ReferenceEvaluator.Evaluate(policy.Ingress, flow).Allowed));
                }
            }
        }, iter: 500);

        Assert.Contains((DecisionReason.Rule, true), seen);
        Assert.Contains((DecisionReason.Rule, false), seen);
        Assert.Contains((DecisionReason.IntraGroup, true), seen);
        Assert.Contains((DecisionReason.Default, true), seen);
        Assert.Contains((DecisionReason.Default, false), seen);
        Assert.Contains((DecisionReason.Platform, true), seen);
        Assert.Contains((DecisionReason.Platform, false), seen);
    }
}
