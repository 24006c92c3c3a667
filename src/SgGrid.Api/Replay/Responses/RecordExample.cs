using SgGrid.Domain.FlowLogs;

namespace SgGrid.Api.Replay.Responses;

/// <summary>A record shown as an example: its line, ENI, side and flow.</summary>
public sealed record RecordExample(long Line, string NetworkInterfaceId, string Direction, string Source, int SourcePort, string Destination, int DestinationPort, int Protocol, string Action)
{
    public static RecordExample From(in FlowLogRecord r) =>
        new(r.Line, r.NetworkInterfaceId, FlowLogWriter.Direction(r.Direction), r.Flow.SourceAddress.ToString(), r.Flow.SourcePort,
            r.Flow.DestinationAddress.ToString(), r.Flow.DestinationPort, r.Flow.Protocol, FlowLogWriter.Action(r.Action));
}
