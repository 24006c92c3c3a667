using BenchmarkDotNet.Attributes;
using SgGrid.Benchmarks.Workloads;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Benchmarks.Engine;

/// <summary>
/// Time per flow decision on one ingress filter: <see cref="ReferenceEvaluator"/> (the baseline) against
/// <see cref="CompiledFilter.Evaluate(in Flow)"/>, over ClassBench acl and fw rule sets and their traces.
/// </summary>
/// <remarks>
/// Each invocation decides a fixed batch of <see cref="BatchSize"/> trace flows and BenchmarkDotNet divides by it
/// (<c>OperationsPerInvoke</c>), so Mean is per evaluation and Allocated is per evaluation. The decisions' indexes are
/// folded into a field so the JIT cannot drop the work.
/// </remarks>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    public const int BatchSize = 1024;

    private DirectionalPolicy _policy = null!;
    private CompiledFilter _compiled = null!;
    private Flow[] _flows = [];
    private int _sink;

    [Params("acl", "fw")]
    public string RuleSet { get; set; } = "acl";

    [Params(10, 100, 1000, 10000)]
    public int RuleCount { get; set; }

    /// <summary>Folded decision indexes of the last invocation; read so the work is observable.</summary>
    public int Sink => _sink;

    [GlobalSetup]
    public void Setup()
    {
        var workload = ClassBenchWorkload.Load(RuleSet, RuleCount);
        _policy = workload.Policy;
        _compiled = RuleCompiler.Compile(_policy);
        _flows = workload.SampleTrace(BatchSize);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int Reference()
    {
        var policy = _policy;
        var flows = _flows;
        var sink = 0;
        for (var i = 0; i < flows.Length; i++)
        {
            sink ^= ReferenceEvaluator.Evaluate(policy, flows[i]).Index + i;
        }

        _sink = sink;
        return sink;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Compiled()
    {
        var compiled = _compiled;
        var flows = _flows;
        var sink = 0;
        for (var i = 0; i < flows.Length; i++)
        {
            sink ^= compiled.Evaluate(flows[i]).Index + i;
        }

        _sink = sink;
        return sink;
    }
}
