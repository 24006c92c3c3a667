using System.Collections.Concurrent;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Workloads;
using SgGrid.Shared;

namespace SgGrid.Benchmarks.Workloads;

/// <summary>An ingress policy built from a ClassBench rule file and the header trace generated for that file.</summary>
/// <remarks>
/// Up to 1,000 rules come from the 1k files (the first n rules, renumbered by <see cref="ClassBenchRuleSet.ParseFirst"/>;
/// "1,000" is the whole file: 878 acl rules, 761 fw rules); more come from the 10k files (acl2_10k: 9,366 rules,
/// fw1_10k: 9,416). Each size is paired with the trace of the file its rules come from, so the flows are the ones
/// ClassBench generated to hit those rules (for the truncated sets, flows aimed at the dropped rules fall through to
/// later rules or the default, which is where a linear scan pays most).
/// </remarks>
public sealed class ClassBenchWorkload
{
    /// <summary>The rule-set families benchmarked: ClassBench access-control lists and firewalls.</summary>
    public static readonly string[] Families = ["acl", "fw"];

    /// <summary>The rule counts of the design's bars.</summary>
    public static readonly int[] RuleCounts = [10, 100, 1000, 10000];

    private static readonly ConcurrentDictionary<string, string> Files = new();

    private ClassBenchWorkload(string family, int requestedRules, string rulesFile, DirectionalPolicy policy, Flow[] trace)
    {
        Family = family;
        RequestedRules = requestedRules;
        RulesFile = rulesFile;
        Policy = policy;
        Trace = trace;
    }

    public string Family { get; }

    public int RequestedRules { get; }

    public string RulesFile { get; }

    public DirectionalPolicy Policy { get; }

    /// <summary>The whole header trace of <see cref="RulesFile"/>, as flows arriving at the ENI.</summary>
    public Flow[] Trace { get; }

    public static ClassBenchWorkload Load(string family, int ruleCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ruleCount);
        var rulesFile = (family, ruleCount <= 1000) switch
        {
            ("acl", true) => "acl1_1k",
            ("acl", false) => "acl2_10k",
            ("fw", true) => "fw1_1k",
            ("fw", false) => "fw1_10k",
            _ => throw new ArgumentException($"Unknown ClassBench family '{family}' (expected acl or fw).", nameof(family)),
        };

        var rules = ClassBenchRuleSet.ParseFirst(Read(rulesFile), ruleCount);
        var trace = ClassBenchTrace.Parse(Read(rulesFile + "_trace"));
        return new ClassBenchWorkload(family, ruleCount, rulesFile, rules.ToIngressPolicy(), trace);
    }

    /// <summary>
    /// <paramref name="size"/> flows taken at an even stride across the whole trace, so a batch is the trace in small
    /// (deterministic: every run and every benchmark of a size sees the same flows).
    /// </summary>
    public Flow[] SampleTrace(int size) => Sample(Trace, size);

    /// <summary>Flows of the trace that some rule of the policy decides (not the default), sampled as <see cref="SampleTrace"/>.</summary>
    /// <remarks>Falls back to the whole trace when no header hits a rule.</remarks>
    public Flow[] SampleRuleHits(int size)
    {
        var hits = Trace.Where(f => ReferenceEvaluator.Evaluate(Policy, f).Reason == DecisionReason.Rule).ToArray();
        return Sample(hits.Length > 0 ? hits : Trace, size);
    }

    private static Flow[] Sample(Flow[] flows, int size)
    {
        var batch = new Flow[size];
        for (var i = 0; i < size; i++)
        {
            batch[i] = flows[(int)((long)i * flows.Length / size)];
        }

        return batch;
    }

    private static string Read(string name) => Files.GetOrAdd(name, SharedData.ReadClassBench);
}
