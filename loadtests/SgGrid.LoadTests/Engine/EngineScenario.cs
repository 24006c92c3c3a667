using System.Diagnostics;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Workloads;
using SgGrid.LoadTests.Cli;
using SgGrid.LoadTests.Reporting;

namespace SgGrid.LoadTests.Engine;

/// <summary>
/// <c>engine</c>: the domain engine alone on a ClassBench set (one ingress filter): compiled vs reference evaluations per
/// second on the set's trace, single thread, the compile time, bytes allocated per compiled evaluation, and a check that
/// both decide every trace flow alike.
/// </summary>
internal sealed class EngineScenario(EngineOptions options) : IScenario
{
    public string Mode => "engine";

    public object Options => options;

    public Task<RunResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = context.NewResult(this, "single thread, no cluster");
        var directory = ClassBenchData.Find(options.DataDirectory);
        var text = File.ReadAllText(Path.Combine(directory, options.Set));
        var set = options.Rules > 0 ? ClassBenchRuleSet.ParseFirst(text, options.Rules) : ClassBenchRuleSet.Parse(text);
        var trace = ClassBenchTrace.Parse(File.ReadAllText(ClassBenchData.TraceOf(directory, options.Set)));
        var policy = set.ToIngressPolicy();

        // Compile once to warm the compiler's code up, then time the median of five compilations.
        var effective = EffectivePolicyBuilder.Build([set.ToSnapshot()], Domain.SecurityGroups.DictionaryPeerResolver.Empty, EmulationOptions.Default).GetValueOrThrow();
        var filter = RuleCompiler.Compile(effective).Ingress;
        var compileTimes = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var compileClock = Stopwatch.StartNew();
            filter = RuleCompiler.Compile(effective).Ingress;
            compileTimes.Add(compileClock.Elapsed.TotalMilliseconds);
        }

        var compileMs = Measurement.Samples.Median(compileTimes);

        // Agreement on every trace flow, and the allowed counts.
        long mismatches = 0;
        long allowedCompiled = 0;
        long allowedReference = 0;
        foreach (var flow in trace)
        {
            var compiled = filter.Evaluate(flow);
            var reference = ReferenceEvaluator.Evaluate(policy, flow);
            mismatches += compiled == reference ? 0 : 1;
            allowedCompiled += compiled.Allowed ? 1 : 0;
            allowedReference += reference.Allowed ? 1 : 0;
        }

        var duration = TimeSpan.FromSeconds(options.Seconds);
        var compiledRate = MeasureCompiled(trace, filter, duration, out var allocatedPerEvaluation);
        var referenceRate = MeasureReference(trace, policy, duration);

        result.Add("rules", "rules", set.Rules.Length, "");
        result.Add("traceFlows", "trace flows", trace.Length, "");
        result.Add("structure", "IPv4 structure (1 = bit-vector, 0 = linear)", filter.Ipv4Structure == "bit-vector" ? 1 : 0, "");
        result.Add("compileMs", "compile", compileMs, "ms");
        result.Add("compiledEvaluationsPerSecond", "compiled evaluations/s", compiledRate, "1/s");
        result.Add("referenceEvaluationsPerSecond", "reference evaluations/s", referenceRate, "1/s");
        result.Add("speedUp", "compiled / reference", compiledRate / referenceRate, "×");
        result.Add("compiledNanoseconds", "compiled ns/evaluation", 1e9 / compiledRate, "ns");
        result.Add("referenceNanoseconds", "reference ns/evaluation", 1e9 / referenceRate, "ns");
        // Rounded to a thousandth of a byte: the thread's counter also sees the runtime's rare own allocations (a few hundred
        // bytes over millions of evaluations), which are not the filter's.
        allocatedPerEvaluation = Math.Round(allocatedPerEvaluation, 3);
        result.Add("allocatedBytesPerEvaluation", "allocated per compiled evaluation", allocatedPerEvaluation, "B");
        result.Add("allowed", "trace flows allowed (compiled)", allowedCompiled, "");
        result.Add("referenceAllowed", "trace flows allowed (reference)", allowedReference, "");
        result.Add("referenceMismatches", "flows decided differently", mismatches, "");
        var bar = set.Rules.Length >= 5_000 ? 100 : set.Rules.Length >= 500 ? 20 : 1;
        result.Bars.Add(new Bar($"compiled vs reference at {set.Rules.Length:N0} rules", bar, compiledRate / referenceRate, "×", AtLeast: true));
        result.Bars.Add(new Bar("bytes allocated per evaluation", 0, allocatedPerEvaluation, "B", AtLeast: false));
        if (set.Rules.Length >= 500 && set.Rules.Length <= 1_500)
        {
            result.Bars.Add(new Bar("compile 1,000 rules", 5, compileMs, "ms", AtLeast: false));
        }

        result.Charts.Add(new Chart("Evaluations per second", "engine (1 = compiled, 2 = reference)", "evaluations/s",
            [new ChartSeries("evaluations/s", [[1, compiledRate], [2, referenceRate]])]));
        return Task.FromResult(result);
    }

    private static double MeasureCompiled(Flow[] trace, CompiledFilter filter, TimeSpan duration, out double allocatedPerEvaluation)
    {
        // Warm up for a fifth of the duration (tiered compilation reaches the optimized code), then count whole passes.
        var sink = 0;
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < duration / 5)
        {
            foreach (ref readonly var flow in trace.AsSpan())
            {
                sink ^= filter.Evaluate(flow).Index;
            }
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long evaluations = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (ref readonly var flow in trace.AsSpan())
            {
                sink ^= filter.Evaluate(flow).Index;
            }

            evaluations += trace.Length;
        }

        clock.Stop();
        allocatedPerEvaluation = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)evaluations;
        GC.KeepAlive(sink);
        return evaluations / clock.Elapsed.TotalSeconds;
    }

    private static double MeasureReference(Flow[] trace, DirectionalPolicy policy, TimeSpan duration)
    {
        var sink = 0;
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < duration / 5)
        {
            foreach (ref readonly var flow in trace.AsSpan())
            {
                sink ^= ReferenceEvaluator.Evaluate(policy, flow).Index;
            }
        }

        long evaluations = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (ref readonly var flow in trace.AsSpan())
            {
                sink ^= ReferenceEvaluator.Evaluate(policy, flow).Index;
            }

            evaluations += trace.Length;
        }

        GC.KeepAlive(sink);
        return evaluations / clock.Elapsed.TotalSeconds;
    }
}
