using System.Globalization;
using SgGrid.Benchmarks.Workloads;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Shared;

namespace SgGrid.Benchmarks.Engine;

/// <summary>
/// Prints, per ClassBench family and rule count, the structure the compiler chose and the bytes it holds
/// (<see cref="CompiledFilter.FootprintBytes"/>), plus the share of trace flows a rule decides (the rest take the
/// default), so each benchmark row can be read against its workload.
/// </summary>
public static class FootprintReport
{
    public static void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"ClassBench data: {SharedData.ClassBenchDirectory}");
        output.WriteLine("| set | requested | rules | file | structure | footprint bytes | bytes/rule | trace flows decided by a rule |");
        output.WriteLine("|---|---:|---:|---|---|---:|---:|---:|");
        foreach (var family in ClassBenchWorkload.Families)
        {
            foreach (var count in ClassBenchWorkload.RuleCounts)
            {
                var workload = ClassBenchWorkload.Load(family, count);
                var filter = RuleCompiler.Compile(workload.Policy);
                var hits = workload.Trace.Count(f => filter.Evaluate(f).Reason == DecisionReason.Rule);
                output.WriteLine(string.Format(
                    c,
                    "| {0} | {1:N0} | {2:N0} | {3} | {4} | {5:N0} | {6:N1} | {7:P1} of {8:N0} |",
                    family,
                    count,
                    filter.RuleCount,
                    workload.RulesFile,
                    filter.Ipv4Structure,
                    filter.FootprintBytes,
                    (double)filter.FootprintBytes / Math.Max(1, filter.RuleCount),
                    (double)hits / workload.Trace.Length,
                    workload.Trace.Length));
            }
        }
    }
}
