using SgGrid.Domain.Addresses;
using SgGrid.Domain.Analysis;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.WhatIf;

/// <summary>
/// Addresses of one family whose owner has the same egress and ingress policy (by content) in production and the same in
/// the scenario — external addresses have no policy. Flows between two classes are decided by the same four policies.
/// </summary>
internal sealed class AddressClass
{
    private readonly (UInt128 First, UInt128 Last, (int Production, int Scenario) Owner)[] _intervals;

    private AddressClass(
        (UInt128 First, UInt128 Last, (int Production, int Scenario) Owner)[] intervals,
        DirectionalPolicy? productionEgress,
        DirectionalPolicy? productionIngress,
        DirectionalPolicy? scenarioEgress,
        DirectionalPolicy? scenarioIngress,
        bool egressChanged,
        bool ingressChanged)
    {
        _intervals = intervals;
        Addresses = ValueSet.Of(intervals.Select(i => (i.First, i.Last)));
        ProductionEgress = productionEgress;
        ProductionIngress = productionIngress;
        ScenarioEgress = scenarioEgress;
        ScenarioIngress = scenarioIngress;
        EgressChanged = egressChanged;
        IngressChanged = ingressChanged;
    }

    public ValueSet Addresses { get; }

    public DirectionalPolicy? ProductionEgress { get; }

    public DirectionalPolicy? ProductionIngress { get; }

    public DirectionalPolicy? ScenarioEgress { get; }

    public DirectionalPolicy? ScenarioIngress { get; }

    /// <summary>The owners' egress decides differently in the scenario (or the addresses changed hands).</summary>
    public bool EgressChanged { get; }

    public bool IngressChanged { get; }

    /// <summary>The owners (indexes in production's and the scenario's ENI lists, -1 for none) of the addresses in <paramref name="addresses"/>, with those addresses.</summary>
    public IEnumerable<((int Production, int Scenario) Owner, ValueSet Addresses)> MembersIn(ValueSet addresses)
    {
        var found = new Dictionary<(int, int), List<(UInt128, UInt128)>>();
        foreach (var (first, last) in addresses.Intervals)
        {
            // The first interval of the class that ends at or after `first`.
            int low = 0, high = _intervals.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_intervals[middle].Last < first)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (var i = low; i < _intervals.Length && _intervals[i].First <= last; i++)
            {
                var overlap = (UInt128.Max(first, _intervals[i].First), UInt128.Min(last, _intervals[i].Last));
                if (!found.TryGetValue(_intervals[i].Owner, out var list))
                {
                    found[_intervals[i].Owner] = list = [];
                }

                list.Add(overlap);
            }
        }

        return found.OrderBy(f => f.Value[0].Item1).Select(f => (f.Key, ValueSet.Of(f.Value)));
    }

    /// <summary>Cuts the family's address space into classes from both worlds' ENIs.</summary>
    public static List<AddressClass> Build(WhatIfWorld production, WhatIfWorld scenario, IpFamily family, Dictionary<DirectionalPolicy, string> fingerprints)
    {
        var productionOwners = Owners(production, family);
        var scenarioOwners = Owners(scenario, family);
        var max = NetworkAddress.MaxValueOf(family);
        var cuts = new SortedSet<UInt128> { 0 };
        foreach (var (first, last, _) in productionOwners.Concat(scenarioOwners))
        {
            cuts.Add(first);
            if (last < max)
            {
                cuts.Add(last + 1);
            }
        }

        var starts = cuts.ToArray();
        var byKey = new Dictionary<string, List<(UInt128, UInt128, (int, int))>>(StringComparer.Ordinal);
        var policies = new Dictionary<string, (DirectionalPolicy?, DirectionalPolicy?, DirectionalPolicy?, DirectionalPolicy?, bool, bool)>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Length; i++)
        {
            var first = starts[i];
            var last = i + 1 < starts.Length ? starts[i + 1] - 1 : max;
            var before = OwnerAt(productionOwners, first);
            var after = OwnerAt(scenarioOwners, first);
            var pe = before < 0 ? null : production.NetworkInterfaces[before].Policy.Egress;
            var pi = before < 0 ? null : production.NetworkInterfaces[before].Policy.Ingress;
            var se = after < 0 ? null : scenario.NetworkInterfaces[after].Policy.Egress;
            var si = after < 0 ? null : scenario.NetworkInterfaces[after].Policy.Ingress;
            var key = $"{Print(pe, fingerprints)}/{Print(pi, fingerprints)}/{Print(se, fingerprints)}/{Print(si, fingerprints)}";
            if (!byKey.TryGetValue(key, out var intervals))
            {
                byKey[key] = intervals = [];
                policies[key] = (pe, pi, se, si, Print(pe, fingerprints) != Print(se, fingerprints), Print(pi, fingerprints) != Print(si, fingerprints));
            }

            intervals.Add((first, last, (before, after)));
        }

        return [.. byKey.Select(entry =>
        {
            var (pe, pi, se, si, egressChanged, ingressChanged) = policies[entry.Key];
            return new AddressClass([.. entry.Value], pe, pi, se, si, egressChanged, ingressChanged);
        })];
    }

    private static string Print(DirectionalPolicy? policy, Dictionary<DirectionalPolicy, string> fingerprints)
    {
        if (policy is null)
        {
            return "external";
        }

        if (!fingerprints.TryGetValue(policy, out var fingerprint))
        {
            fingerprints[policy] = fingerprint = PolicyFingerprint.Of(policy);
        }

        return fingerprint;
    }

    /// <summary>Each ENI's addresses of the family, sorted; an address held twice is a broken world.</summary>
    private static (UInt128 First, UInt128 Last, int Owner)[] Owners(WhatIfWorld world, IpFamily family)
    {
        var owners = new List<(UInt128, UInt128, int)>();
        for (var i = 0; i < world.NetworkInterfaces.Length; i++)
        {
            foreach (var interval in world.NetworkInterfaces[i].Addresses.Intervals(family))
            {
                owners.Add((interval.First, interval.Last, i));
            }
        }

        var sorted = owners.OrderBy(o => o.Item1).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Item1 <= sorted[i - 1].Item2)
            {
                throw new ArgumentException($"Two network interfaces hold the address {new NetworkAddress(sorted[i].Item1, family)}.");
            }
        }

        return sorted;
    }

    private static int OwnerAt((UInt128 First, UInt128 Last, int Owner)[] owners, UInt128 address)
    {
        int low = 0, high = owners.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (owners[middle].Last < address)
            {
                low = middle + 1;
            }
            else if (owners[middle].First > address)
            {
                high = middle - 1;
            }
            else
            {
                return owners[middle].Owner;
            }
        }

        return -1;
    }
}
