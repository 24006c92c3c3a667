namespace SgGrid.Domain.FlowLogs;

/// <summary>
/// The documented field names (<c>eni-id</c>, <c>srcaddr</c>, …, as Simple Log Service exports them), matched on their
/// UTF-8 bytes, case-insensitively, with <c>_</c> read as <c>-</c> (<c>eni_id</c> is <c>eni-id</c>).
/// </summary>
public static class FlowLogFields
{
    public static FlowLogField Match(ReadOnlySpan<byte> name)
    {
        Span<byte> normal = stackalloc byte[16];
        if (name.Length > normal.Length)
        {
            return FlowLogField.Unknown;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            normal[i] = c == (byte)'_' ? (byte)'-' : c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c;
        }

        ReadOnlySpan<byte> n = normal[..name.Length];
        return n switch
        {
            _ when n.SequenceEqual("eni-id"u8) => FlowLogField.NetworkInterfaceId,
            _ when n.SequenceEqual("srcaddr"u8) => FlowLogField.SourceAddress,
            _ when n.SequenceEqual("srcport"u8) => FlowLogField.SourcePort,
            _ when n.SequenceEqual("dstaddr"u8) => FlowLogField.DestinationAddress,
            _ when n.SequenceEqual("dstport"u8) => FlowLogField.DestinationPort,
            _ when n.SequenceEqual("protocol"u8) => FlowLogField.Protocol,
            _ when n.SequenceEqual("direction"u8) => FlowLogField.Direction,
            _ when n.SequenceEqual("packets"u8) => FlowLogField.Packets,
            _ when n.SequenceEqual("bytes"u8) => FlowLogField.Bytes,
            _ when n.SequenceEqual("start"u8) => FlowLogField.Start,
            _ when n.SequenceEqual("log-status"u8) => FlowLogField.LogStatus,
            _ when n.SequenceEqual("action"u8) => FlowLogField.Action,
            _ => FlowLogField.Unknown,
        };
    }
}
