using BenchmarkDotNet.Attributes;
using SgGrid.Benchmarks.Workloads;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Benchmarks.Engine;

/// <summary>
/// Both sides of a batch between two ENIs on the load harness' region shape (<see cref="RegionWorkload"/>): flow by flow
/// with <see cref="CompiledFilter.Evaluate(in Flow)"/> (the baseline) against the packed batch path
/// <see cref="CompiledFilter.Evaluate(ReadOnlySpan{Ipv4Flow}, Span{FilterDecision})"/>, which looks the address pair up
/// once per run.
/// </summary>
/// <remarks>Mean and Allocated are per verdict (both sides): <c>OperationsPerInvoke</c> is the batch size.</remarks>
[MemoryDiagnoser]
public class BatchEvaluationBenchmarks
{
    public const int BatchSize = 4096;

    private RegionWorkload _workload = null!;
    private readonly FilterDecision[] _ingress = new FilterDecision[BatchSize];
    private readonly FilterDecision[] _egress = new FilterDecision[BatchSize];

    [Params(10, 50, 150)]
    public int RuleCount { get; set; }

    [Params(1, 2)]
    public int GroupsPerEni { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = RegionWorkload.Create(RuleCount, GroupsPerEni, BatchSize);

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int PerFlow()
    {
        var (ingress, egress) = (_workload.Ingress, _workload.Egress);
        var allowed = 0;
        foreach (ref readonly var flow in _workload.Flows.AsSpan())
        {
            allowed += (egress.Evaluate(flow).Allowed & ingress.Evaluate(flow).Allowed) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Batch()
    {
        _workload.Egress.Evaluate(_workload.Packed, _egress);
        _workload.Ingress.Evaluate(_workload.Packed, _ingress);
        var allowed = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            allowed += (_egress[i].Allowed & _ingress[i].Allowed) ? 1 : 0;
        }

        return allowed;
    }
}
