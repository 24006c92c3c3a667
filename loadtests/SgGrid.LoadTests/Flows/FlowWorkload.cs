using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.LoadTests.Regions;

namespace SgGrid.LoadTests.Flows;

/// <summary>
/// Draws a fixed pool of batches from a region, deterministically from the seed: each batch is between two ENIs of one
/// VPC (or one ENI and the Internet), routed to the receiving ENI (the sender for outbound traffic), with ports that
/// hit the receiver's rules part of the time.
/// </summary>
internal static class FlowWorkload
{
    private static readonly uint[] ExternalBases = [0xCB007100u /* 203.0.113.0 */, 0xC6336400u /* 198.51.100.0 */, 0x08080800u /* 8.8.8.0 */];

    public static RoutedBatch[] Generate(BuiltRegion region, WorkloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var vpcs = region.ByVpc.Values.Where(v => v.Length > 0).ToArray();
        var batches = new RoutedBatch[options.DistinctBatches];
        var flows = new Ipv4Flow[options.BatchSize];
        for (var b = 0; b < batches.Length; b++)
        {
            var vpc = vpcs[random.Next(vpcs.Length)];
            var target = vpc[random.Next(vpc.Length)];
            var kind = random.NextDouble() < options.ExternalShare ? (random.Next(2) == 0 ? Kind.Inbound : Kind.Outbound) : Kind.Internal;
            RegionNetworkInterface? peer = null;
            if (kind == Kind.Internal)
            {
                var candidates = options.Pairs == "local" && target.Silo >= 0 ? vpc.Where(e => e.Silo == target.Silo).ToArray() : vpc;
                peer = candidates[random.Next(candidates.Length)];
            }

            // The receiver's rules steer the ports: the target for inbound/internal, none for outbound (egress to the Internet).
            var receiver = kind == Kind.Outbound ? null : target;
            var rules = receiver is null ? [] : receiver.GroupIds.SelectMany(g => region.GroupsById[g].Ingress).ToArray();
            for (var i = 0; i < flows.Length; i++)
            {
                var external = ExternalBases[random.Next(ExternalBases.Length)] + (uint)random.Next(1, 255);
                var (source, destination) = kind switch
                {
                    Kind.Inbound => (external, target.Ipv4),
                    Kind.Outbound => (target.Ipv4, external),
                    _ => (peer!.Ipv4, target.Ipv4),
                };
                byte protocol;
                int port;
                if (rules.Length > 0 && random.NextDouble() < options.RuleHitShare)
                {
                    var rule = rules[random.Next(rules.Length)];
                    var (low, high) = RuleGenerator.Ports(rule);
                    protocol = rule.IpProtocol == "UDP" ? IpProtocolNumbers.Udp : IpProtocolNumbers.Tcp;
                    port = random.Next(low, high + 1);
                }
                else
                {
                    protocol = random.Next(10) < 7 ? IpProtocolNumbers.Tcp : IpProtocolNumbers.Udp;
                    port = random.Next(1, 65536);
                }

                flows[i] = new Ipv4Flow(source, destination, protocol, (ushort)random.Next(1024, 65536), (ushort)port);
            }

            var batch = FlowBatch.Of(flows);
            batches[b] = kind switch
            {
                Kind.Outbound => new RoutedBatch(target.Id, target.Silo, Direction.Egress, null, batch),
                Kind.Inbound => new RoutedBatch(target.Id, target.Silo, Direction.Ingress, null, batch),
                _ => new RoutedBatch(target.Id, target.Silo, Direction.Ingress, peer!.Id, batch),
            };
        }

        return batches;
    }

    /// <summary>Sets each batch's <see cref="RoutedBatch.ExpectedAllowed"/> from the reference evaluator; returns the flows checked.</summary>
    public static long ComputeReference(IEnumerable<RoutedBatch> batches, RegionPolicies policies)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(policies);
        long flows = 0;
        foreach (var batch in batches)
        {
            var source = batch.SourceEni is { } s ? policies.Policy(s).Egress : null;
            var destination = batch.DestinationEni is { } d ? policies.Policy(d).Ingress : null;
            var allowed = 0;
            foreach (var packed in batch.Batch.Ipv4Flows)
            {
                var flow = packed.ToFlow();
                var verdict = ConnectionEvaluator.EvaluateReference(flow, source, destination);
                allowed += verdict.Allowed ? 1 : 0;
            }

            batch.ExpectedAllowed = allowed;
            flows += batch.Count;
        }

        return flows;
    }

    /// <summary>The single-thread compiled-engine rate on the same batches (both sides, no grains): verdicts per second.</summary>
    public static (double VerdictsPerSecond, long Allowed) EngineRate(IReadOnlyList<RoutedBatch> batches, RegionPolicies policies, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(policies);
        var prepared = batches.Select(b => (
            Flows: b.Batch.Ipv4Flows.ToArray().Select(f => f.ToFlow()).ToArray(),
            Source: b.SourceEni is { } s ? policies.Compiled(s, Direction.Egress) : null,
            Destination: b.DestinationEni is { } d ? policies.Compiled(d, Direction.Ingress) : null)).ToArray();
        long verdicts = 0;
        long allowed = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var i = 0;
        while (clock.Elapsed < duration || i < prepared.Length)
        {
            var (flowArray, source, destination) = prepared[i++ % prepared.Length];
            allowed += EvaluateBoth(flowArray, source, destination);
            verdicts += flowArray.Length;
        }

        return (verdicts / clock.Elapsed.TotalSeconds, allowed);
    }

    /// <summary>Both sides of every flow on compiled filters (null: external end), as the ENI grains do; returns flows allowed.</summary>
    private static int EvaluateBoth(Flow[] flows, Domain.Compilation.CompiledFilter? source, Domain.Compilation.CompiledFilter? destination)
    {
        var allowed = 0;
        foreach (ref readonly var flow in flows.AsSpan())
        {
            var ok = (source is null || source.Evaluate(flow).Allowed) & (destination is null || destination.Evaluate(flow).Allowed);
            allowed += ok ? 1 : 0;
        }

        return allowed;
    }

    private enum Kind
    {
        Internal,
        Inbound,
        Outbound,
    }
}
