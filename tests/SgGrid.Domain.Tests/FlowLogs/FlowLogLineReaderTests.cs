using System.Text;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.FlowLogs;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Tests.FlowLogs;

public class FlowLogLineReaderTests
{
    [Fact]
    public void TryRead_JsonAnyOrderUnknownFieldsAndNumbers_ReadsTheRecord()
    {
        var reader = new FlowLogLineReader(FlowLogFormat.JsonLines);
        var read = Read(reader, """{"tcp-flags":"2","action":"REJECT","direction":"in","dstport":22,"x":{"nested":[1,2]},"protocol":"6","srcport":"40000","dstaddr":"10.0.0.5","srcaddr":"198.51.100.7","eni-id":"eni-abc","packets":3,"bytes":"180","start":"1700000000"}""");

        var record = Assert.Single(read);
        Assert.Equal("eni-abc", record.NetworkInterfaceId);
        Assert.Equal(Direction.Ingress, record.Direction);
        Assert.Equal(Flow.Parse("198.51.100.7", "10.0.0.5", "TCP", 40000, 22), record.Flow);
        Assert.Equal((3L, 180L, FlowLogAction.Reject, 1700000000L, 1L), (record.Packets, record.Bytes, record.Action, record.Start, record.Line));
        Assert.Equal(1, reader.Counters.Records);
    }

    [Fact]
    public void TryRead_CsvHeaderInAnyOrderWithUnknownColumns_ReadsEveryLine()
    {
        var reader = new FlowLogLineReader(FlowLogFormat.Csv);
        var read = Read(reader,
            "vm-id,dstaddr,eni-id,direction,protocol,dstport,srcport,srcaddr,action,log-status",
            "i-1,10.0.0.9,eni-b,out,17,53,5353,10.0.0.4,ACCEPT,OK\r",
            "\"i-2\",\"10.0.0.9\",\"eni-b\",\"in\",\"1\",\"0\",\"0\",\"10.0.0.4\",\"REJECT\",\"OK\"");

        Assert.Equal(2, read.Count);
        Assert.Equal((Direction.Egress, Flow.Parse("10.0.0.4", "10.0.0.9", "UDP", 5353, 53), FlowLogAction.Accept, 2L), (read[0].Direction, read[0].Flow, read[0].Action, read[0].Line));
        Assert.Equal((Direction.Ingress, (byte)1, FlowLogAction.Reject), (read[1].Direction, read[1].Flow.Protocol, read[1].Action));
    }

    [Fact]
    public void TryRead_NoDataAndSkipData_CountedAndSkipped()
    {
        var reader = new FlowLogLineReader(FlowLogFormat.JsonLines);
        var read = Read(reader,
            """{"eni-id":"eni-a","log-status":"NODATA","srcaddr":"-","dstaddr":"-"}""",
            """{"eni-id":"eni-a","log-status":"SKIPDATA"}""",
            """{"eni-id":"eni-a","log-status":"NODATA"}""");

        Assert.Empty(read);
        Assert.Equal((2L, 1L, 0L, 0L), (reader.Counters.NoData, reader.Counters.SkipData, reader.Counters.Malformed, reader.Counters.Records));
    }

    [Fact]
    public void TryRead_MalformedRecords_CountedWithTheirLines()
    {
        var reader = new FlowLogLineReader(FlowLogFormat.JsonLines);
        var read = Read(reader,
            Line("eni-a", "10.0.0.1", "10.0.0.2", 6, 1000, 22),
            "{not json",
            """{"eni-id":"eni-a","srcaddr":"10.0.0.1","dstaddr":"10.0.0.300","protocol":"6","direction":"in","srcport":"1","dstport":"2"}""",
            "",
            """{"eni-id":"eni-a","srcaddr":"10.0.0.1","protocol":"6","direction":"in","srcport":"1","dstport":"2"}""",
            """{"eni-id":"eni-a","srcaddr":"10.0.0.1","dstaddr":"10.0.0.2","protocol":"6","direction":"in","srcport":"0","dstport":"22"}""",
            """{"eni-id":"eni-a","srcaddr":"10.0.0.1","dstaddr":"2001:db8::1","protocol":"1","direction":"in"}""",
            """{"eni-id":"eni a","srcaddr":"10.0.0.1","dstaddr":"10.0.0.2","protocol":"1","direction":"sideways"}""",
            Line("eni-a", "10.0.0.1", "10.0.0.2", 6, 1000, 443));

        Assert.Equal([1L, 9L], read.Select(r => r.Line));
        Assert.Equal([2L, 3L, 5L, 6L, 7L, 8L], reader.Counters.Problems.Select(p => p.Line));
        Assert.Equal(6, reader.Counters.Malformed);
        Assert.Contains("dstaddr", reader.Counters.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Missing dstaddr", reader.Counters.Problems[2].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(255)]
    [InlineData(47)]
    public void TryRead_PortOnPortlessProtocol_IgnoredAndCounted(byte protocol)
    {
        var reader = new FlowLogLineReader(FlowLogFormat.JsonLines);
        var record = Assert.Single(Read(reader, Line("eni-a", "10.0.0.1", "10.0.0.2", protocol, 1234, 80)));

        Assert.Equal((0, 0), (record.Flow.SourcePort, record.Flow.DestinationPort));
        Assert.Equal(1, reader.Counters.PortsIgnored);
    }

    [Fact]
    public void TryRead_Ipv6AndUnderscoredNames_Read()
    {
        var reader = new FlowLogLineReader(FlowLogFormat.JsonLines);
        var record = Assert.Single(Read(reader, """{"ENI_ID":"eni-6","srcaddr":"2001:db8::1","dstaddr":"2001:db8::2","protocol":"tcp","direction":"OUT","srcport":"9","dstport":"443","log_status":"ok"}"""));

        Assert.Equal(Flow.Parse("2001:db8::1", "2001:db8::2", "TCP", 9, 443), record.Flow);
        Assert.Equal(Direction.Egress, record.Direction);
    }

    [Fact]
    public void TryRead_CsvLineOfAnotherWidth_Malformed()
    {
        var reader = new FlowLogLineReader(FlowLogFormat.Csv);
        Assert.Empty(Read(reader, "eni-id,srcaddr,dstaddr,protocol,direction", "eni-a,10.0.0.1,10.0.0.2,1"));
        Assert.Equal(2, Assert.Single(reader.Counters.Problems).Line);
    }

    [Fact]
    public void Intern_SameIdTwice_SameString()
    {
        var reader = new FlowLogLineReader(FlowLogFormat.JsonLines);
        var read = Read(reader, Line("eni-a", "10.0.0.1", "10.0.0.2", 1, 0, 0), Line("eni-a", "10.0.0.1", "10.0.0.2", 1, 0, 0));
        Assert.Same(read[0].NetworkInterfaceId, read[1].NetworkInterfaceId);
    }

    private static string Line(string eni, string source, string destination, byte protocol, int sourcePort, int destinationPort) =>
        $$"""{"eni-id":"{{eni}}","srcaddr":"{{source}}","dstaddr":"{{destination}}","protocol":"{{protocol}}","direction":"in","srcport":"{{sourcePort}}","dstport":"{{destinationPort}}","log-status":"OK","action":"ACCEPT"}""";

    private static List<FlowLogRecord> Read(FlowLogLineReader reader, params string[] lines)
    {
        var records = new List<FlowLogRecord>();
        foreach (var line in lines)
        {
            if (reader.TryRead(Encoding.UTF8.GetBytes(line), out var record))
            {
                records.Add(record);
            }
        }

        return records;
    }
}
