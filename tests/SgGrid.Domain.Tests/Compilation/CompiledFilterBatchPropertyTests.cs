using CsCheck;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;

using static SgGrid.Domain.Tests.Support.PolicyGenerators;

namespace SgGrid.Domain.Tests.Compilation;

/// <summary>
/// The packed IPv4 batch path (<see cref="CompiledFilter.Evaluate(ReadOnlySpan{Ipv4Flow}, Span{FilterDecision})"/>) agrees
/// with the reference evaluator flow by flow: runs of flows between one address pair (the per-run lookups), single
/// flows, public remote ends (the TCP 25 block), both structures, with and without platform rules.
/// </summary>
public class CompiledFilterBatchPropertyTests
{
    private const uint PublicBase = 0xC6336400u; // 198.51.100.0

    private static readonly Gen<(int Run, bool PublicRemote)[]> RunsGen =
        Gen.Select(Gen.Int[1, 6], Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)))).Array[40];

    [Fact]
    public void EvaluateBatch_RandomEnisAndRuns_AgreesWithReference()
    {
        Gen.Select(ScenarioGen, RunsGen).Sample((scenario, runs) =>
        {
            var policy = EffectivePolicyBuilder.Build(scenario.Groups, scenario.Resolver, scenario.Options).GetValueOrThrow();
            foreach (var directional in new[] { policy.Ingress, policy.Egress })
            {
                var flows = Batch(scenario.Flows, runs, directional.Direction == Rules.Direction.Ingress);
                CompiledFilter[] filters =
                [
                    RuleCompiler.Compile(directional),
                    RuleCompiler.Compile(directional, linearScanMaxEntries: 0),
                    RuleCompiler.Compile(directional, linearScanMaxEntries: int.MaxValue),
                ];
                var decisions = new FilterDecision[flows.Length];
                foreach (var filter in filters)
                {
                    filter.Evaluate(flows, decisions);
                    for (var i = 0; i < flows.Length; i++)
                    {
                        var flow = flows[i].ToFlow();
                        var expected = ReferenceEvaluator.Evaluate(directional, flow);
                        if (decisions[i] != expected)
                        {
                            throw new InvalidOperationException(
                                $"{directional.Direction} flow {i} {flow}: reference {expected}, batch ({filter.Ipv4Structure}) {decisions[i]}");
                        }
                    }
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void EvaluateBatch_ShortDecisionSpan_Throws()
    {
        var filter = RuleCompiler.Compile(Support.Eni.Of(Support.Group.Basic("sg-a")).Policy.Ingress);
        Assert.Throws<ArgumentException>(() => filter.Evaluate(new Ipv4Flow[2], new FilterDecision[1]));
    }

    /// <summary>For each IPv4 flow of the scenario, a run of flows with its addresses and the protocols and ports of others.</summary>
    private static Ipv4Flow[] Batch(Flow[] scenarioFlows, (int Run, bool PublicRemote)[] runs, bool ingress)
    {
        var v4 = scenarioFlows.Where(f => f.Family == IpFamily.IPv4).ToArray();
        var batch = new List<Ipv4Flow>();
        for (var r = 0; r < v4.Length; r++)
        {
            var (run, publicRemote) = runs[r % runs.Length];
            var source = (uint)v4[r].Source;
            var destination = (uint)v4[r].Destination;
            if (publicRemote)
            {
                // The remote end leaves the private pools: the TCP 25 block applies, and only wide CIDRs match.
                (source, destination) = ingress ? (PublicBase + (uint)r, destination) : (source, PublicBase + (uint)r);
            }

            for (var k = 0; k < run; k++)
            {
                var shape = v4[(r + k) % v4.Length];
                batch.Add(new Ipv4Flow(source, destination, shape.Protocol, shape.SourcePort, shape.DestinationPort));
            }
        }

        return [.. batch];
    }
}
