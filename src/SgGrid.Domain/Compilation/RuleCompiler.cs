using System.Numerics;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.Compilation;

/// <summary>Compiles a <see cref="DirectionalPolicy"/> into an immutable <see cref="CompiledFilter"/>.</summary>
/// <remarks>
/// Per address family, rules become five-dimensional boxes; a small set is scanned linearly (a struct of arrays),
/// a larger one classified with bit vectors. The threshold was chosen by benchmark (loadtests/README.md).
/// </remarks>
public static class RuleCompiler
{
    /// <summary>Entry count up to which a straight scan beats the bit-vector classifier.</summary>
    public const int LinearScanMaxEntries = 24;

    public static CompiledFilter Compile(DirectionalPolicy policy) => Compile(policy, LinearScanMaxEntries);

    public static (CompiledFilter Ingress, CompiledFilter Egress) Compile(EffectivePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return (Compile(policy.Ingress), Compile(policy.Egress));
    }

    /// <summary>Compiles with an explicit linear-scan threshold (tests and benchmarks force either structure).</summary>
    internal static CompiledFilter Compile(DirectionalPolicy policy, int linearScanMaxEntries)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new CompiledFilter(
            policy,
            TrustLookup<uint>.Build(policy.IntraGroupTrust, IpFamily.IPv4),
            TrustLookup<UInt128>.Build(policy.IntraGroupTrust, IpFamily.IPv6),
            Classify(Entries<uint>(policy, IpFamily.IPv4), linearScanMaxEntries),
            Classify(Entries<UInt128>(policy, IpFamily.IPv6), linearScanMaxEntries));
    }

    private static RuleClassifier<T> Classify<T>(List<ClassifierEntry<T>> entries, int linearScanMaxEntries)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
        entries.Count <= linearScanMaxEntries ? new LinearRuleClassifier<T>(entries) : new BitVectorRuleClassifier<T>(entries);

    private static List<ClassifierEntry<T>> Entries<T>(DirectionalPolicy policy, IpFamily family)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var entries = new List<ClassifierEntry<T>>();
        var max = NetworkAddress.MaxValueOf(family);
        for (var i = 0; i < policy.Rules.Length; i++)
        {
            var rule = policy.Rules[i].Rule;
            UInt128 localFirst = 0, localLast = max;
            if (rule.LocalCidr is { } localCidr)
            {
                if (localCidr.Family != family)
                {
                    continue; // a local address of the other family never matches a packet of this one
                }

                (localFirst, localLast) = (localCidr.First, localCidr.Last);
            }

            var (protocolFirst, protocolLast) = rule.Protocol.IsAll ? ((byte)0, byte.MaxValue) : (rule.Protocol.Number, rule.Protocol.Number);
            foreach (var remote in policy.Rules[i].RemoteAddresses.Intervals(family))
            {
                entries.Add(new ClassifierEntry<T>(
                    i,
                    T.CreateTruncating(remote.First),
                    T.CreateTruncating(remote.Last),
                    T.CreateTruncating(localFirst),
                    T.CreateTruncating(localLast),
                    protocolFirst,
                    protocolLast,
                    rule.SourcePorts.From,
                    rule.SourcePorts.To,
                    rule.DestinationPorts.From,
                    rule.DestinationPorts.To));
            }
        }

        return entries;
    }
}
