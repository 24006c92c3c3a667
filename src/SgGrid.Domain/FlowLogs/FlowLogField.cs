namespace SgGrid.Domain.FlowLogs;

/// <summary>The flow-log fields SgGrid reads; every other field is ignored.</summary>
public enum FlowLogField : byte
{
    Unknown = 0,
    NetworkInterfaceId,
    SourceAddress,
    SourcePort,
    DestinationAddress,
    DestinationPort,
    Protocol,
    Direction,
    Packets,
    Bytes,
    Start,
    LogStatus,
    Action,
}
