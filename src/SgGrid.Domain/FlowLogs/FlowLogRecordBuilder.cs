using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// Collects one record's fields as they are met (in any order) and checks them whole: the first unreadable field names
/// the problem; <c>log-status</c> NODATA or SKIPDATA skips the record whatever else it says.
/// </summary>
internal struct FlowLogRecordBuilder(NetworkInterfaceIdTable ids)
{
    private string? _networkInterfaceId;
    private NetworkAddress _source;
    private NetworkAddress _destination;
    private ushort _sourcePort;
    private ushort _destinationPort;
    private byte _protocol;
    private Direction _direction;
    private long _packets;
    private long _bytes;
    private long _start;
    private FlowLogStatus _status;
    private FlowLogAction _action;
    private int _seen;
    private string? _problem;

    private const int NeedAll = (1 << (int)FlowLogField.NetworkInterfaceId) | (1 << (int)FlowLogField.SourceAddress) |
        (1 << (int)FlowLogField.DestinationAddress) | (1 << (int)FlowLogField.Protocol) | (1 << (int)FlowLogField.Direction);

    public void Set(FlowLogField field, ReadOnlySpan<byte> value)
    {
        if (field == FlowLogField.Unknown || value.SequenceEqual("-"u8))
        {
            return; // "-" is how exports write a value the record does not have
        }

        _seen |= 1 << (int)field;
        if (_problem is not null)
        {
            return;
        }

        var ok = field switch
        {
            FlowLogField.NetworkInterfaceId => (_networkInterfaceId = ids.Intern(value)) is not null,
            FlowLogField.SourceAddress => FlowLogText.TryAddress(value, out _source),
            FlowLogField.DestinationAddress => FlowLogText.TryAddress(value, out _destination),
            FlowLogField.SourcePort => FlowLogText.TryPort(value, out _sourcePort),
            FlowLogField.DestinationPort => FlowLogText.TryPort(value, out _destinationPort),
            FlowLogField.Protocol => FlowLogText.TryProtocol(value, out _protocol),
            FlowLogField.Direction => FlowLogText.TryDirection(value, out _direction),
            FlowLogField.Packets => value.IsEmpty || FlowLogText.TryLong(value, out _packets),
            FlowLogField.Bytes => value.IsEmpty || FlowLogText.TryLong(value, out _bytes),
            FlowLogField.Start => value.IsEmpty || FlowLogText.TryLong(value, out _start),
            FlowLogField.LogStatus => FlowLogText.TryStatus(value, out _status),
            FlowLogField.Action => Accept(FlowLogText.Action(value)),
            _ => true,
        };
        if (!ok)
        {
            _problem = $"{Name(field)} is not readable.";
        }
    }

    /// <summary>
    /// The record, when it has a flow to decide; otherwise counts it (skipped or malformed) and answers false.
    /// </summary>
    public readonly bool TryBuild(long line, FlowLogCounters counters, out FlowLogRecord record)
    {
        record = default;
        if ((_seen & (1 << (int)FlowLogField.LogStatus)) != 0 && _status != FlowLogStatus.Ok)
        {
            if (_status == FlowLogStatus.NoData)
            {
                counters.NoData++;
            }
            else
            {
                counters.SkipData++;
            }

            return false;
        }

        if (_problem is not null)
        {
            counters.AddMalformed(line, _problem);
            return false;
        }

        if ((_seen & NeedAll) != NeedAll)
        {
            var seen = _seen;
            var missing = Enumerable.Range(0, 16).Where(b => (NeedAll & (1 << b)) != 0 && (seen & (1 << b)) == 0).Select(b => Name((FlowLogField)b));
            counters.AddMalformed(line, $"Missing {string.Join(", ", missing)}.");
            return false;
        }

        if (_source.Family != _destination.Family)
        {
            counters.AddMalformed(line, "srcaddr and dstaddr are of different address families.");
            return false;
        }

        var (sourcePort, destinationPort) = (_sourcePort, _destinationPort);
        if (IpProtocol.FromNumber(_protocol).HasPorts)
        {
            if (sourcePort == 0 || destinationPort == 0)
            {
                counters.AddMalformed(line, "A TCP or UDP record needs srcport and dstport from 1 to 65535.");
                return false;
            }
        }
        else if (sourcePort != 0 || destinationPort != 0)
        {
            counters.PortsIgnored++;
            (sourcePort, destinationPort) = (0, 0);
        }

        counters.Records++;
        record = new FlowLogRecord(_networkInterfaceId!, _direction, Flow.Create(_source, _destination, _protocol, sourcePort, destinationPort),
            _packets, _bytes, _action, _start, line);
        return true;
    }

    private bool Accept(FlowLogAction action)
    {
        _action = action;
        return true;
    }

    public static string Name(FlowLogField field) => field switch
    {
        FlowLogField.NetworkInterfaceId => "eni-id",
        FlowLogField.SourceAddress => "srcaddr",
        FlowLogField.SourcePort => "srcport",
        FlowLogField.DestinationAddress => "dstaddr",
        FlowLogField.DestinationPort => "dstport",
        FlowLogField.Protocol => "protocol",
        FlowLogField.Direction => "direction",
        FlowLogField.Packets => "packets",
        FlowLogField.Bytes => "bytes",
        FlowLogField.Start => "start",
        FlowLogField.LogStatus => "log-status",
        FlowLogField.Action => "action",
        _ => "unknown",
    };
}
