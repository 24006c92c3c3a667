using SgGrid.Domain.Addresses;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Tests.Support;
using SgGrid.Domain.Workloads;
using SgGrid.Shared;

namespace SgGrid.Domain.Tests.Compilation;

/// <summary>The hot path allocates nothing: single evaluations, batches (packed IPv4 runs too) and connection verdicts, for both structures.</summary>
public class AllocationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Evaluate_ClassBenchFlows_AllocatesZeroBytes(int linearScanMaxEntries)
    {
        var policy = ClassBenchRuleSet.ParseFirst(SharedData.ReadClassBench("fw1_1k"), 100).ToIngressPolicy();
        var filter = RuleCompiler.Compile(policy, linearScanMaxEntries);
        var flows = ClassBenchTrace.Parse(SharedData.ReadClassBench("fw1_1k_trace"))[..512];
        var decisions = new FilterDecision[flows.Length];
        var packed = flows.Where(f => f.Family == IpFamily.IPv4).Select(f => Ipv4Flow.From(f)).ToArray();
        var runs = packed.Select(f => new Ipv4Flow(packed[0].Source, packed[0].Destination, f.Protocol, f.SourcePort, f.DestinationPort)).ToArray();
        var packedDecisions = new FilterDecision[packed.Length];
        var verdicts = new ConnectionVerdict[flows.Length];
        var egress = Eni.Of(Group.Basic("sg-a", Rule.Out("TCP", "25/25", "0.0.0.0/0"))).Egress;

        Run(); // JIT and tiering first
        Run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var checksum = Run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(0, checksum);

        int Run()
        {
            var sum = 0;
            foreach (var flow in flows)
            {
                sum += filter.Evaluate(flow).Index;
            }

            filter.Evaluate(flows, decisions);
            filter.Evaluate(packed, packedDecisions);
            filter.Evaluate(runs, packedDecisions);
            ConnectionEvaluator.Evaluate(flows, egress, filter, verdicts);
            return sum + decisions[^1].Index + (verdicts[0].Allowed ? 1 : 0);
        }
    }
}
