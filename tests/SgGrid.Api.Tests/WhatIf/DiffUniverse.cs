using System.Globalization;
using System.Text.Json;
using SgGrid.Api.Tests.Simulation;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Api.Tests.WhatIf;

/// <summary>
/// Every flow of a narrowed space between the addresses of two mirrored worlds (production and a scenario): each ENI
/// address of either world and a few external ones, TCP/UDP on sampled ports, ICMP, ICMPv6, GRE and SCTP. Each flow is
/// decided in both worlds by the domain's <see cref="ReferenceEvaluator"/>, to be compared with a diff entry by entry.
/// </summary>
internal sealed class DiffUniverse
{
    private static readonly ushort[] DestinationPorts = [1, 21, 22, 23, 25, 53, 79, 80, 85, 90, 91, 443, 3306, 8080, 33000, 65535];
    private static readonly ushort[] SourcePorts = [1, 33000, 65535];
    private static readonly string[] ExternalAddresses = ["192.0.2.5", "203.0.113.7", "10.0.1.250", "10.0.2.9", "2001:db8::99"];

    private readonly Dictionary<string, EffectivePolicy> _production;
    private readonly Dictionary<string, EffectivePolicy> _scenario;

    public DiffUniverse(MirroredRegion production, MirroredRegion scenario)
    {
        _production = production.NetworkInterfaces.ToDictionary(id => id, production.PolicyOf, StringComparer.Ordinal);
        _scenario = scenario.NetworkInterfaces.ToDictionary(id => id, scenario.PolicyOf, StringComparer.Ordinal);
        var holders = new Dictionary<NetworkAddress, (string? Production, string? Scenario)>();
        foreach (var id in production.NetworkInterfaces)
        {
            foreach (var address in production.AddressesOf(id))
            {
                holders[address] = (id, null);
            }
        }

        foreach (var id in scenario.NetworkInterfaces)
        {
            foreach (var address in scenario.AddressesOf(id))
            {
                holders[address] = (holders.TryGetValue(address, out var held) ? held.Production : null, id);
            }
        }

        foreach (var text in ExternalAddresses)
        {
            holders.TryAdd(NetworkAddress.Parse(text), (null, null));
        }

        Ends = [.. holders.Select(h => (h.Key, h.Value.Production, h.Value.Scenario))];
    }

    public IReadOnlyList<(NetworkAddress Address, string? Production, string? Scenario)> Ends { get; }

    /// <summary>Every flow of the space with both worlds' decisions (null: an external end).</summary>
    public IEnumerable<Case> Cases()
    {
        foreach (var from in Ends)
        {
            foreach (var to in Ends)
            {
                if (from.Address == to.Address || from.Address.Family != to.Address.Family || (from.Production is null && from.Scenario is null && to.Production is null && to.Scenario is null))
                {
                    continue;
                }

                var ipv4 = from.Address.Family == IpFamily.IPv4;
                foreach (var protocol in ipv4 ? new byte[] { 6, 17, 1, 47, 132 } : [6, 17, 58, 132])
                {
                    var ported = protocol is 6 or 17;
                    foreach (var destinationPort in ported ? DestinationPorts : [(ushort)0])
                    {
                        foreach (var sourcePort in ported ? SourcePorts : [(ushort)0])
                        {
                            var flow = Flow.Create(from.Address, to.Address, protocol, sourcePort, destinationPort);
                            yield return new Case(flow, from, to, Decide(_production, flow, from.Production, to.Production), Decide(_scenario, flow, from.Scenario, to.Scenario));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The rule id a world's decision names (null unless a rule decided).</summary>
    public string? RuleIdOf(bool scenario, string eni, Direction direction, FilterDecision decision) =>
        decision.Reason == DecisionReason.Rule ? (scenario ? _scenario : _production)[eni].For(direction).Rules[decision.Index].Rule.RuleId : null;

    private static (FilterDecision? Source, FilterDecision? Destination) Decide(Dictionary<string, EffectivePolicy> world, Flow flow, string? source, string? destination) =>
        (source is null ? null : ReferenceEvaluator.Evaluate(world[source].Egress, flow),
         destination is null ? null : ReferenceEvaluator.Evaluate(world[destination].Ingress, flow));

    /// <summary>One flow and its decisions in both worlds.</summary>
    internal sealed record Case(
        Flow Flow,
        (NetworkAddress Address, string? Production, string? Scenario) From,
        (NetworkAddress Address, string? Production, string? Scenario) To,
        (FilterDecision? Source, FilterDecision? Destination) Production,
        (FilterDecision? Source, FilterDecision? Destination) Scenario)
    {
        public bool ProductionAllowed => (Production.Source?.Allowed ?? true) && (Production.Destination?.Allowed ?? true);

        public bool ScenarioAllowed => (Scenario.Source?.Allowed ?? true) && (Scenario.Destination?.Allowed ?? true);
    }
}

/// <summary>A DescribeWhatIfDiff entry parsed for matching concrete flows.</summary>
internal sealed record ParsedDifference(JsonElement Json, string Change, AddressSet Sources, AddressSet Destinations, HashSet<int> Protocols, PortRange[] SourcePorts, PortRange[] DestinationPorts)
{
    public static ParsedDifference Parse(JsonElement entry)
    {
        static AddressSet Cidrs(JsonElement end) => AddressSet.FromCidrs(end.GetProperty("Cidrs").GetProperty("Cidr").EnumerateArray().Select(c => IpCidr.Parse(c.GetString()!)));
        static PortRange[] Ports(JsonElement list) =>
            [.. list.GetProperty("PortRange").EnumerateArray().Select(p => p.GetString()!.Split('/')).Select(p => new PortRange(ushort.Parse(p[0], CultureInfo.InvariantCulture), ushort.Parse(p[1], CultureInfo.InvariantCulture)))];
        var protocols = new HashSet<int>();
        foreach (var text in entry.GetProperty(nameof(Protocols)).GetProperty("Protocol").EnumerateArray().Select(p => p.GetString()!))
        {
            if (text.Split('-') is [var first, var last] && int.TryParse(first, CultureInfo.InvariantCulture, out var a) && int.TryParse(last, CultureInfo.InvariantCulture, out var b))
            {
                protocols.UnionWith(Enumerable.Range(a, b - a + 1));
            }
            else
            {
                protocols.Add(IpProtocol.Parse(text).Number);
            }
        }

        return new ParsedDifference(entry, entry.GetProperty(nameof(Change)).GetString()!, Cidrs(entry.GetProperty("Source")), Cidrs(entry.GetProperty("Destination")),
            protocols, Ports(entry.GetProperty("SourcePortRanges")), Ports(entry.GetProperty("DestinationPortRanges")));
    }

    public bool Holds(Flow flow) =>
        Sources.Contains(flow.SourceAddress) && Destinations.Contains(flow.DestinationAddress) && Protocols.Contains(flow.Protocol)
        && SourcePorts.Any(p => p.Contains(flow.SourcePort)) && DestinationPorts.Any(p => p.Contains(flow.DestinationPort));
}
