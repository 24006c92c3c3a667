using System.Buffers.Binary;
using System.Text;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// The compact binary flow log (docs/flow-logs.md, "Binary form"): a header naming the ENIs, then fixed-size IPv4 records
/// that name their ENI by its position in the header. Little-endian throughout.
/// </summary>
/// <remarks>
/// Header: <c>"SGFL"</c>, <c>u16</c> version (1), <c>u16</c> record size (40), <c>u32</c> ENI count, then each ENI id as a
/// <c>u8</c> length and its ASCII bytes. Record (40 bytes): <c>u32</c> ENI index, <c>u32</c> srcaddr, <c>u32</c> dstaddr
/// (the address's 32-bit value: 10.0.0.1 is 0x0A000001), <c>u16</c> srcport, <c>u16</c> dstport, <c>u8</c> protocol,
/// <c>u8</c> flags (bit 0 direction: 0 in, 1 out; bits 1-2 action: 0 none, 1 ACCEPT, 2 REJECT; bits 3-4 log-status: 0 OK,
/// 1 NODATA, 2 SKIPDATA; bits 5-7 zero), <c>u16</c> zero, <c>u32</c> packets, <c>u64</c> bytes, <c>u64</c> start (Unix
/// seconds). IPv6 records travel as JSON lines or CSV.
/// </remarks>
public static class BinaryFlowLog
{
    public const int RecordSize = 40;
    public const ushort Version = 1;
    public const int MaxNetworkInterfaces = 1 << 20;
    private const int FixedHeaderSize = 12;

    public static ReadOnlySpan<byte> Magic => "SGFL"u8;

    /// <summary>The header naming <paramref name="networkInterfaceIds"/> (index = position).</summary>
    public static byte[] Header(IReadOnlyList<string> networkInterfaceIds)
    {
        ArgumentNullException.ThrowIfNull(networkInterfaceIds);
        using var buffer = new MemoryStream();
        Span<byte> fixedPart = stackalloc byte[FixedHeaderSize];
        Magic.CopyTo(fixedPart);
        BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[6..], RecordSize);
        BinaryPrimitives.WriteUInt32LittleEndian(fixedPart[8..], (uint)networkInterfaceIds.Count);
        buffer.Write(fixedPart);
        foreach (var id in networkInterfaceIds)
        {
            var bytes = Encoding.ASCII.GetBytes(id);
            if (bytes.Length is 0 or > NetworkInterfaceIdTable.MaxIdLength)
            {
                throw new ArgumentException($"ENI id '{id}' must be 1-{NetworkInterfaceIdTable.MaxIdLength} characters.", nameof(networkInterfaceIds));
            }

            buffer.WriteByte((byte)bytes.Length);
            buffer.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes one IPv4 record into <paramref name="destination"/> (at least <see cref="RecordSize"/> bytes).</summary>
    public static void Write(Span<byte> destination, int networkInterfaceIndex, in FlowLogRecord record, FlowLogStatus status = FlowLogStatus.Ok)
    {
        if (record.Flow.Family != IpFamily.IPv4)
        {
            throw new ArgumentException("The binary form carries IPv4 records only.", nameof(record));
        }

        var d = destination[..RecordSize];
        BinaryPrimitives.WriteUInt32LittleEndian(d, (uint)networkInterfaceIndex);
        BinaryPrimitives.WriteUInt32LittleEndian(d[4..], (uint)record.Flow.Source);
        BinaryPrimitives.WriteUInt32LittleEndian(d[8..], (uint)record.Flow.Destination);
        BinaryPrimitives.WriteUInt16LittleEndian(d[12..], record.Flow.SourcePort);
        BinaryPrimitives.WriteUInt16LittleEndian(d[14..], record.Flow.DestinationPort);
        d[16] = record.Flow.Protocol;
        d[17] = (byte)((record.Direction == Direction.Egress ? 1 : 0) | ((int)record.Action << 1) | ((int)status << 3));
        BinaryPrimitives.WriteUInt16LittleEndian(d[18..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(d[20..], (uint)Math.Min(record.Packets, uint.MaxValue));
        BinaryPrimitives.WriteUInt64LittleEndian(d[24..], (ulong)record.Bytes);
        BinaryPrimitives.WriteUInt64LittleEndian(d[32..], (ulong)record.Start);
    }

    /// <summary>
    /// Reads the header from the start of <paramref name="data"/>: the ids and the bytes it took, null ids while more bytes are
    /// needed, or a problem.
    /// </summary>
    public static (string[]? Ids, int Consumed, string? Problem) ReadHeader(ReadOnlySpan<byte> data, NetworkInterfaceIdTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (data.Length < FixedHeaderSize)
        {
            return data.Length >= 4 && !data[..4].SequenceEqual(Magic) ? (null, 0, "The body does not start with SGFL.") : (null, 0, null);
        }

        if (!data[..4].SequenceEqual(Magic))
        {
            return (null, 0, "The body does not start with SGFL.");
        }

        if (BinaryPrimitives.ReadUInt16LittleEndian(data[4..]) != Version || BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) != RecordSize)
        {
            return (null, 0, $"Only version {Version} with {RecordSize}-byte records is read.");
        }

        var count = BinaryPrimitives.ReadUInt32LittleEndian(data[8..]);
        if (count > MaxNetworkInterfaces)
        {
            return (null, 0, $"At most {MaxNetworkInterfaces} ENIs can be named.");
        }

        var ids = new string[count];
        var at = FixedHeaderSize;
        for (var i = 0; i < ids.Length; i++)
        {
            if (at >= data.Length || at + 1 + data[at] > data.Length)
            {
                return (null, 0, null);
            }

            var id = table.Intern(data.Slice(at + 1, data[at]));
            if (id is null)
            {
                return (null, 0, $"ENI {i} of the header is not an id.");
            }

            ids[i] = id;
            at += 1 + data[at];
        }

        return (ids, at, null);
    }

    /// <summary>Reads record number <paramref name="line"/> (1-based); false (counted) when skipped or malformed.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, string[] ids, long line, FlowLogCounters counters, out FlowLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(counters);
        record = default;
        var d = data[..RecordSize];
        var flags = d[17];
        var status = (flags >> 3) & 3;
        var action = (flags >> 1) & 3;
        var index = BinaryPrimitives.ReadUInt32LittleEndian(d);
        if ((flags & 0xE0) != 0 || status == 3 || action == 3 || BinaryPrimitives.ReadUInt16LittleEndian(d[18..]) != 0)
        {
            counters.AddMalformed(line, "The flags or the reserved bytes are not valid.");
            return false;
        }

        if (status != 0)
        {
            if (status == 1)
            {
                counters.NoData++;
            }
            else
            {
                counters.SkipData++;
            }

            return false;
        }

        if (index >= ids.Length)
        {
            counters.AddMalformed(line, $"ENI index {index} is not in the header.");
            return false;
        }

        var protocol = d[16];
        var sourcePort = BinaryPrimitives.ReadUInt16LittleEndian(d[12..]);
        var destinationPort = BinaryPrimitives.ReadUInt16LittleEndian(d[14..]);
        if (IpProtocol.FromNumber(protocol).HasPorts)
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
        var flow = new Evaluation.Flow(IpFamily.IPv4, BinaryPrimitives.ReadUInt32LittleEndian(d[4..]), BinaryPrimitives.ReadUInt32LittleEndian(d[8..]),
            protocol, sourcePort, destinationPort);
        record = new FlowLogRecord(ids[index], (flags & 1) == 0 ? Direction.Ingress : Direction.Egress, flow,
            BinaryPrimitives.ReadUInt32LittleEndian(d[20..]), (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(d[24..]), long.MaxValue),
            (FlowLogAction)action, (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(d[32..]), long.MaxValue), line);
        return true;
    }
}
