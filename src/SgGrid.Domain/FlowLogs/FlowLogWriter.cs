using System.Globalization;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// Writes records the way Simple Log Service exports them (every value a string, as SLS does), for the generator, tests and
/// examples: JSON lines, or CSV under <see cref="CsvHeader"/>.
/// </summary>
public static class FlowLogWriter
{
    public const string CsvHeader = "version,account-id,eni-id,vswitch-id,vpc-id,srcaddr,srcport,dstaddr,dstport,protocol,direction,packets,bytes,start,end,log-status,action,tcp-flags";

    public static string JsonLine(in FlowLogRecord record, string accountId = "1234567890", FlowLogStatus status = FlowLogStatus.Ok)
    {
        var f = record.Flow;
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"version":"1","account-id":"{{accountId}}","eni-id":"{{record.NetworkInterfaceId}}","srcaddr":"{{f.SourceAddress}}","srcport":"{{f.SourcePort}}","dstaddr":"{{f.DestinationAddress}}","dstport":"{{f.DestinationPort}}","protocol":"{{f.Protocol}}","direction":"{{Direction(record.Direction)}}","packets":"{{record.Packets}}","bytes":"{{record.Bytes}}","start":"{{record.Start}}","end":"{{record.Start + 60}}","log-status":"{{Status(status)}}","action":"{{Action(record.Action)}}","tcp-flags":"{{(f.Protocol == 6 ? "2" : "0")}}"}""");
    }

    public static string CsvLine(in FlowLogRecord record, string accountId = "1234567890", FlowLogStatus status = FlowLogStatus.Ok)
    {
        var f = record.Flow;
        return string.Create(CultureInfo.InvariantCulture,
            $"1,{accountId},{record.NetworkInterfaceId},vsw-x,vpc-x,{f.SourceAddress},{f.SourcePort},{f.DestinationAddress},{f.DestinationPort},{f.Protocol},{Direction(record.Direction)},{record.Packets},{record.Bytes},{record.Start},{record.Start + 60},{Status(status)},{Action(record.Action)},{(f.Protocol == 6 ? "2" : "0")}");
    }

    public static string Direction(Direction direction) => direction == Rules.Direction.Ingress ? "in" : "out";

    public static string Action(FlowLogAction action) => action switch
    {
        FlowLogAction.Accept => "ACCEPT",
        FlowLogAction.Reject => "REJECT",
        _ => "-",
    };

    public static string Status(FlowLogStatus status) => status switch
    {
        FlowLogStatus.NoData => "NODATA",
        FlowLogStatus.SkipData => "SKIPDATA",
        _ => "OK",
    };
}
