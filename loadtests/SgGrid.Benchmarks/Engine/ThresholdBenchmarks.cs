using BenchmarkDotNet.Attributes;
using SgGrid.Benchmarks.Workloads;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Benchmarks.Engine;

/// <summary>
/// The linear scan against the bit-vector classifier on the same small policies, both forced through the internal
/// <c>RuleCompiler.Compile(policy, linearScanMaxEntries)</c>: where they cross is what
/// <see cref="RuleCompiler.LinearScanMaxEntries"/> should be.
/// </summary>
/// <remarks>
/// Two traffic mixes: <c>Trace</c> is the rule file's trace, where most flows miss a small prefix of the rules (the
/// scan's worst case, as for a real ENI's unsolicited traffic); <c>RuleHits</c> keeps only the flows some rule decides
/// (the scan stops early). Time is per evaluation (batches of <see cref="EvaluationBenchmarks.BatchSize"/>).
/// </remarks>
[MemoryDiagnoser]
public class ThresholdBenchmarks
{
    private const int BatchSize = EvaluationBenchmarks.BatchSize;

    private CompiledFilter _linear = null!;
    private CompiledFilter _bitVector = null!;
    private Flow[] _flows = [];
    private int _sink;

    [Params("acl", "fw")]
    public string RuleSet { get; set; } = "acl";

    [Params(8, 16, 24, 32, 48, 64)]
    public int RuleCount { get; set; }

    [Params("Trace", "RuleHits")]
    public string Traffic { get; set; } = "Trace";

    /// <summary>Folded decision indexes of the last invocation; read so the work is observable.</summary>
    public int Sink => _sink;

    [GlobalSetup]
    public void Setup()
    {
        var workload = ClassBenchWorkload.Load(RuleSet, RuleCount);
        _linear = RuleCompiler.Compile(workload.Policy, int.MaxValue);
        _bitVector = RuleCompiler.Compile(workload.Policy, 0);
        _flows = Traffic == "RuleHits" ? workload.SampleRuleHits(BatchSize) : workload.SampleTrace(BatchSize);
        if (_linear.Ipv4Structure != "linear" || _bitVector.Ipv4Structure != "bit-vector")
        {
            throw new InvalidOperationException("The forced structures were not the ones compiled.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int Linear() => Run(_linear);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int BitVector() => Run(_bitVector);

    private int Run(CompiledFilter filter)
    {
        var flows = _flows;
        var sink = 0;
        for (var i = 0; i < flows.Length; i++)
        {
            sink ^= filter.Evaluate(flows[i]).Index + i;
        }

        _sink = sink;
        return sink;
    }
}
