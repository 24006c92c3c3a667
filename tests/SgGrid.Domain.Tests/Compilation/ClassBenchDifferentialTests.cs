using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Tests.Support;
using SgGrid.Domain.Workloads;
using SgGrid.Shared;

namespace SgGrid.Domain.Tests.Compilation;

/// <summary>Every header of every shared ClassBench trace gets the same verdict and deciding rule from the compiler and the reference.</summary>
public class ClassBenchDifferentialTests
{
    public static TheoryData<string, string> Sets => new()
    {
        { "acl1_1k", "acl1_1k_trace" },
        { "fw1_1k", "fw1_1k_trace" },
        { "acl2_10k", "acl2_10k_trace" },
        { "fw1_10k", "fw1_10k_trace" },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Compile_EveryTraceHeader_AgreesWithReference(string rules, string trace)
    {
        var policy = ClassBenchRuleSet.Parse(SharedData.ReadClassBench(rules)).ToIngressPolicy();
        var flows = ClassBenchTrace.Parse(SharedData.ReadClassBench(trace));
        var filter = RuleCompiler.Compile(policy);
        Assert.Equal("bit-vector", filter.Ipv4Structure);

        var byRule = 0;
        for (var i = 0; i < flows.Length; i++)
        {
            var expected = ReferenceEvaluator.Evaluate(policy, flows[i]);
            var actual = filter.Evaluate(flows[i]);
            if (expected != actual)
            {
                Assert.Fail($"{rules} header {i + 1} ({flows[i]}): reference {expected}, compiled {actual}");
            }

            byRule += expected.Reason == DecisionReason.Rule ? 1 : 0;
        }

        // The traces are built to hit rules: most headers must be decided by one, so the comparison is not vacuous.
        Assert.True(byRule > flows.Length / 2, $"only {byRule} of {flows.Length} headers matched a rule");
    }

    [Fact]
    public void Compile_ForcedLinearStructure_AgreesWithReferenceOnTrace()
    {
        var policy = ClassBenchRuleSet.ParseFirst(SharedData.ReadClassBench("fw1_1k"), 200).ToIngressPolicy();
        var flows = ClassBenchTrace.Parse(SharedData.ReadClassBench("fw1_1k_trace"));
        var filter = RuleCompiler.Compile(policy, linearScanMaxEntries: int.MaxValue);
        Assert.Equal("linear", filter.Ipv4Structure);
        foreach (var flow in flows)
        {
            Assert.Equal(ReferenceEvaluator.Evaluate(policy, flow), filter.Evaluate(flow));
        }
    }

    [Fact]
    public void Parse_Acl1_1k_MapsRulesAsTheReadmeSays()
    {
        var set = ClassBenchRuleSet.Parse(SharedData.ReadClassBench("acl1_1k"));
        Assert.Equal(878, set.Rules.Length);
        var first = set.Rules[0];
        Assert.Equal("237.73.3.4/32", first.Remote.ToString());
        Assert.Equal("67.236.63.210/32", first.LocalCidr.ToString());
        Assert.Equal("TCP", first.Protocol.ToString());
        Assert.Equal("1711/1711", first.DestinationPorts.ToString());
        Assert.True(first.SourcePorts.IsAll);
        Assert.Equal(1, first.Priority);
        Assert.Equal(Rules.RulePolicy.Drop, set.Rules[3].Policy);
        Assert.Equal(1 + (877 * 100 / 878), set.Rules[877].Priority);
    }
}
