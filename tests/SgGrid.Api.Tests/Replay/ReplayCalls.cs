using System.Text;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.FlowLogs;

namespace SgGrid.Api.Tests.Replay;

/// <summary>ReplayFlowLogs calls: records written in each form and sent as the signed, streamed body.</summary>
internal static class ReplayCalls
{
    public const string Version = "2026-11-28";

    public static Task<EcsResponse> ReplayAsync(EcsClient client, IReadOnlyList<FlowLogRecord> records, FlowLogFormat format, params (string Name, string Value)[] parameters) =>
        ReplayBodyAsync(client, Body(records, format), format, parameters);

    public static Task<EcsResponse> ReplayBodyAsync(EcsClient client, byte[] body, FlowLogFormat format, params (string Name, string Value)[] parameters) =>
        client.CallAsync("ReplayFlowLogs", Version,
            [new("RegionId", ApiRegion.RegionId), new("Format", format.ToString()), .. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))],
            new SigningOptions { JsonBodyBytes = body });

    public static byte[] Body(IReadOnlyList<FlowLogRecord> records, FlowLogFormat format, params string[] extraLines)
    {
        if (format == FlowLogFormat.Binary)
        {
            var ids = records.Select(r => r.NetworkInterfaceId).Distinct(StringComparer.Ordinal).ToList();
            var header = BinaryFlowLog.Header(ids);
            var body = new byte[header.Length + (records.Count * BinaryFlowLog.RecordSize)];
            header.CopyTo(body, 0);
            for (var i = 0; i < records.Count; i++)
            {
                BinaryFlowLog.Write(body.AsSpan(header.Length + (i * BinaryFlowLog.RecordSize)), ids.IndexOf(records[i].NetworkInterfaceId), records[i]);
            }

            return body;
        }

        var lines = format == FlowLogFormat.Csv
            ? records.Select(r => FlowLogWriter.CsvLine(r)).Prepend(FlowLogWriter.CsvHeader)
            : records.Select(r => FlowLogWriter.JsonLine(r));
        return Encoding.UTF8.GetBytes(string.Join("\n", lines.Concat(extraLines)) + "\n");
    }
}
