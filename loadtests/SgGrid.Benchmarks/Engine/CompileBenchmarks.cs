using BenchmarkDotNet.Attributes;
using SgGrid.Benchmarks.Workloads;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Benchmarks.Engine;

/// <summary>Time and allocation of <see cref="RuleCompiler.Compile(DirectionalPolicy)"/> on ClassBench ingress policies.</summary>
/// <remarks>The policy is built in setup: parsing and effective-policy building are not timed, only the compiler.</remarks>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private DirectionalPolicy _policy = null!;

    [Params("acl", "fw")]
    public string RuleSet { get; set; } = "acl";

    [Params(10, 100, 1000, 10000)]
    public int RuleCount { get; set; }

    [GlobalSetup]
    public void Setup() => _policy = ClassBenchWorkload.Load(RuleSet, RuleCount).Policy;

    [Benchmark]
    public CompiledFilter Compile() => RuleCompiler.Compile(_policy);
}
