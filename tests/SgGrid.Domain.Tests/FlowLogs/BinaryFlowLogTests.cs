using SgGrid.Domain.Evaluation;
using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Tests.FlowLogs;

public class BinaryFlowLogTests
{
    [Fact]
    public void WriteThenRead_RecordsAndHeader_RoundTrip()
    {
        var header = BinaryFlowLog.Header(["eni-a", "eni-b"]);
        var records = new[]
        {
            new FlowLogRecord("eni-b", Direction.Egress, Flow.Parse("10.0.0.1", "10.0.0.2", "TCP", 40000, 443), 7, 900, FlowLogAction.Reject, 1700000000, 1),
            new FlowLogRecord("eni-a", Direction.Ingress, Flow.Parse("10.0.0.3", "10.0.0.4", "ICMP", 0, 0), 1, 84, FlowLogAction.None, 5, 2),
        };
        var body = new byte[header.Length + (records.Length * BinaryFlowLog.RecordSize)];
        header.CopyTo(body, 0);
        BinaryFlowLog.Write(body.AsSpan(header.Length), 1, records[0]);
        BinaryFlowLog.Write(body.AsSpan(header.Length + BinaryFlowLog.RecordSize), 0, records[1]);

        var table = new NetworkInterfaceIdTable();
        Assert.Null(BinaryFlowLog.ReadHeader(body.AsSpan(0, header.Length - 1), table).Ids);
        var (ids, consumed, problem) = BinaryFlowLog.ReadHeader(body, table);
        Assert.Null(problem);
        Assert.Equal(header.Length, consumed);
        Assert.Equal(["eni-a", "eni-b"], ids!);

        var counters = new FlowLogCounters();
        for (var i = 0; i < records.Length; i++)
        {
            Assert.True(BinaryFlowLog.TryRead(body.AsSpan(consumed + (i * BinaryFlowLog.RecordSize)), ids!, i + 1, counters, out var read));
            Assert.Equal(records[i], read);
        }
    }

    [Fact]
    public void TryRead_SkippedBadIndexBadFlagsAndPortlessPorts_Counted()
    {
        string[] ids = ["eni-a"];
        var counters = new FlowLogCounters();
        var record = new FlowLogRecord("eni-a", Direction.Ingress, Flow.Parse("10.0.0.1", "10.0.0.2", "TCP", 1, 2), 1, 1, FlowLogAction.Accept, 0, 1);
        var buffer = new byte[BinaryFlowLog.RecordSize];

        BinaryFlowLog.Write(buffer, 0, record, FlowLogStatus.NoData);
        Assert.False(BinaryFlowLog.TryRead(buffer, ids, 1, counters, out _));
        BinaryFlowLog.Write(buffer, 3, record);
        Assert.False(BinaryFlowLog.TryRead(buffer, ids, 2, counters, out _));
        BinaryFlowLog.Write(buffer, 0, record);
        buffer[17] |= 0x80;
        Assert.False(BinaryFlowLog.TryRead(buffer, ids, 3, counters, out _));
        BinaryFlowLog.Write(buffer, 0, record with { Flow = new Flow(SgGrid.Domain.Addresses.IpFamily.IPv4, 1, 2, 255, 7, 8) });
        Assert.True(BinaryFlowLog.TryRead(buffer, ids, 4, counters, out var portless));

        Assert.Equal((1L, 2L, 1L, 1L), (counters.NoData, counters.Malformed, counters.PortsIgnored, counters.Records));
        Assert.Equal([2L, 3L], counters.Problems.Select(p => p.Line));
        Assert.Equal((0, 0), (portless.Flow.SourcePort, portless.Flow.DestinationPort));
    }

    [Fact]
    public void ReadHeader_WrongMagic_Problem()
    {
        Assert.NotNull(BinaryFlowLog.ReadHeader("{\"eni-id\":1}"u8, new NetworkInterfaceIdTable()).Problem);
    }
}
