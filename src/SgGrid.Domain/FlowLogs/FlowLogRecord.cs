using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// One flow-log record with a flow to decide (<c>log-status</c> OK): the ENI that logged it, the side (<c>in</c> → the
/// ENI's ingress, <c>out</c> → its egress), the flow, the traffic counted and what the cloud recorded.
/// </summary>
/// <remarks>
/// <see cref="Flow"/> is as recorded (<c>srcaddr:srcport → dstaddr:dstport</c>); a protocol without ports carries port 0
/// whatever the record said. <see cref="Line"/> is 1-based (the binary form numbers records from 1).
/// </remarks>
public readonly record struct FlowLogRecord(
    string NetworkInterfaceId,
    Direction Direction,
    Flow Flow,
    long Packets,
    long Bytes,
    FlowLogAction Action,
    long Start,
    long Line);
