using System.Text;
using CsCheck;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Compilation;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.FlowLogs.Replay;
using SgGrid.Domain.Rules;

using static SgGrid.Domain.Tests.Support.PolicyGenerators;

namespace SgGrid.Domain.Tests.FlowLogs;

/// <summary>
/// Records written in each form, read back, decided on compiled filters in two worlds and aggregated agree with a brute force
/// over the same flows on the reference evaluator: verdict and rule totals, drift, breakage both ways, unknown ENIs.
/// </summary>
public class FlowLogReplayPropertyTests
{
    private const string Known = "eni-a";
    private const string Missing = "eni-gone";

    private static readonly Gen<(bool Out, int Action, int Packets, bool Unknown)[]> RecordShapes =
        Gen.Select(Gen.Bool, Gen.Int[0, 2], Gen.Int[1, 50], Gen.Frequency((9, Gen.Const(false)), (1, Gen.Const(true)))).Array[40];

    [Theory]
    [InlineData(FlowLogFormat.JsonLines)]
    [InlineData(FlowLogFormat.Csv)]
    [InlineData(FlowLogFormat.Binary)]
    public void Replay_RandomWorldsAndRecords_AgreesWithBruteForce(FlowLogFormat format)
    {
        Gen.Select(ScenarioGen, ScenarioGen, RecordShapes).Sample((production, scenario, shapes) =>
        {
            var before = EffectivePolicyBuilder.Build(production.Groups, production.Resolver, production.Options).GetValueOrThrow();
            var after = EffectivePolicyBuilder.Build(scenario.Groups, scenario.Resolver, scenario.Options).GetValueOrThrow();
            var records = production.Flows
                .Where(f => format != FlowLogFormat.Binary || f.Family == IpFamily.IPv4)
                .Select((f, i) => Record(f, shapes[i % shapes.Length], i))
                .ToArray();

            var aggregate = new FlowLogReplayAggregate();
            var (beforeIn, beforeOut) = RuleCompiler.Compile(before);
            var (afterIn, afterOut) = RuleCompiler.Compile(after);
            foreach (var record in ReadBack(format, records))
            {
                if (record.NetworkInterfaceId != Known)
                {
                    aggregate.AddUnknown(record);
                    continue;
                }

                var ingress = record.Direction == Direction.Ingress;
                var p = before.For(record.Direction).Explain((ingress ? beforeIn : beforeOut).Evaluate(record.Flow));
                var s = after.For(record.Direction).Explain((ingress ? afterIn : afterOut).Evaluate(record.Flow));
                aggregate.Add(record, p, s);
            }

            var expected = BruteForce(records, before, after);
            var actual = (
                aggregate.Production?.Allowed.Records ?? 0, aggregate.Production?.Denied.Records ?? 0, aggregate.Scenario?.Allowed.Packets ?? 0,
                aggregate.Drift.Records, aggregate.Broken.Packets, aggregate.Opened.Records, aggregate.Unknown.Records,
                string.Join(";", (aggregate.Production?.Rules ?? new Dictionary<RuleKey, TrafficTotals>()).OrderBy(r => r.Key.ToString(), StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value.Records}")));
            if (actual != expected)
            {
                throw new InvalidOperationException($"{format}: expected {expected}, got {actual}");
            }

            Assert.Equal(aggregate.Broken.Records + aggregate.Opened.Records, aggregate.BreakageGroups.Values.Sum(g => g.Totals.Records));
            Assert.Equal(aggregate.Drift.Records, aggregate.DriftGroups.Values.Sum(g => g.Totals.Records));
        }, iter: 300);
    }

    private static (long, long, long, long, long, long, long, string) BruteForce(FlowLogRecord[] records, EffectivePolicy before, EffectivePolicy after)
    {
        long allowed = 0, denied = 0, scenarioAllowedPackets = 0, drift = 0, brokenPackets = 0, opened = 0, unknown = 0;
        var rules = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (r.NetworkInterfaceId != Known)
            {
                unknown++;
                continue;
            }

            var p = ReferenceEvaluator.Evaluate(before.For(r.Direction), r.Flow);
            var s = ReferenceEvaluator.Evaluate(after.For(r.Direction), r.Flow);
            allowed += p.Allowed ? 1 : 0;
            denied += p.Allowed ? 0 : 1;
            scenarioAllowedPackets += s.Allowed ? r.Packets : 0;
            drift += r.Action != FlowLogAction.None && (r.Action == FlowLogAction.Accept) != p.Allowed ? 1 : 0;
            brokenPackets += p.Allowed && !s.Allowed ? r.Packets : 0;
            opened += !p.Allowed && s.Allowed ? 1 : 0;
            var key = new RuleKey(r.Direction, before.For(r.Direction).Explain(p)).ToString();
            rules[key] = rules.GetValueOrDefault(key) + 1;
        }

        return (allowed, denied, scenarioAllowedPackets, drift, brokenPackets, opened, unknown,
            string.Join(";", rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}")));
    }

    private static FlowLogRecord Record(Flow flow, (bool Out, int Action, int Packets, bool Unknown) shape, int i)
    {
        // Records carry connection ports (1-65535) for TCP and UDP and none otherwise, as real logs do once read.
        var ports = IpProtocol.FromNumber(flow.Protocol).HasPorts;
        var f = new Flow(flow.Family, flow.Source, flow.Destination, flow.Protocol,
            ports ? (ushort)Math.Max((int)flow.SourcePort, 1) : (ushort)0, ports ? (ushort)Math.Max((int)flow.DestinationPort, 1) : (ushort)0);
        return new FlowLogRecord(shape.Unknown ? Missing : Known, shape.Out ? Direction.Egress : Direction.Ingress, f,
            shape.Packets, shape.Packets * 100L, (FlowLogAction)shape.Action, 1700000000 + i, i + 1);
    }

    private static List<FlowLogRecord> ReadBack(FlowLogFormat format, FlowLogRecord[] records)
    {
        var read = new List<FlowLogRecord>();
        if (format == FlowLogFormat.Binary)
        {
            string[] ids = [Known, Missing];
            var header = BinaryFlowLog.Header(ids);
            var body = new byte[header.Length + (records.Length * BinaryFlowLog.RecordSize)];
            header.CopyTo(body, 0);
            for (var i = 0; i < records.Length; i++)
            {
                BinaryFlowLog.Write(body.AsSpan(header.Length + (i * BinaryFlowLog.RecordSize)), Array.IndexOf(ids, records[i].NetworkInterfaceId), records[i]);
            }

            var (names, consumed, _) = BinaryFlowLog.ReadHeader(body, new NetworkInterfaceIdTable());
            var counters = new FlowLogCounters();
            for (var i = 0; i < records.Length; i++)
            {
                if (BinaryFlowLog.TryRead(body.AsSpan(consumed + (i * BinaryFlowLog.RecordSize)), names!, i + 1, counters, out var record))
                {
                    read.Add(record);
                }
            }

            return read;
        }

        var reader = new FlowLogLineReader(format);
        var lines = format == FlowLogFormat.Csv
            ? records.Select(r => FlowLogWriter.CsvLine(r)).Prepend(FlowLogWriter.CsvHeader)
            : records.Select(r => FlowLogWriter.JsonLine(r));
        foreach (var line in lines)
        {
            if (reader.TryRead(Encoding.UTF8.GetBytes(line), out var record))
            {
                read.Add(record);
            }
        }

        Assert.Equal(records.Length, read.Count);
        return read;
    }
}
