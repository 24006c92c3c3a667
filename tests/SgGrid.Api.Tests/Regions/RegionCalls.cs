using System.Text.Json;
using System.Text.Json.Nodes;
using SgGrid.Api.Regions.Json;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Api.Tests.Regions;

/// <summary>ImportRegion / ExportRegion calls and snapshot helpers for the region tests.</summary>
internal static class RegionCalls
{
    public const string Version = "2026-11-28";

    public static string Json(RegionSnapshot snapshot) => JsonSerializer.Serialize(snapshot, SnapshotJson.Options);

    public static Task<EcsResponse> ImportAsync(EcsClient client, string body, bool wait = true) =>
        client.CallAsync("ImportRegion", Version, [new("RegionId", "cn-hangzhou"), .. wait ? new[] { KeyValuePair.Create("Wait", "true") } : []],
            new SigningOptions { JsonBody = body });

    /// <summary>The export's answer without its RequestId (what must equal between two SgGrids holding the same region).</summary>
    public static async Task<string> ExportAsync(EcsClient client)
    {
        var response = (await client.CallAsync("ExportRegion", Version, [new("RegionId", "cn-hangzhou")])).Ok();
        return WithoutRequestId(response.RawBody);
    }

    /// <summary>The raw answer with its top-level RequestId removed, byte for byte otherwise.</summary>
    public static string WithoutRequestId(string raw)
    {
        var node = JsonNode.Parse(raw)!.AsObject();
        var requestId = node["RequestId"]!.GetValue<string>();
        var without = raw.Replace($"\"RequestId\":\"{requestId}\",", "", StringComparison.Ordinal).Replace($",\"RequestId\":\"{requestId}\"", "", StringComparison.Ordinal);
        Assert.DoesNotContain(requestId, without, StringComparison.Ordinal);
        return without;
    }

    public static async Task<string> DescribeAsync(EcsClient client, string action, params (string Name, string Value)[] parameters)
    {
        var version = action is "DescribeVpcs" or "DescribeVSwitches" ? "2016-04-28" : "2014-05-26";
        var response = (await client.CallAsync(action, version, [new("RegionId", "cn-hangzhou"), .. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))])).Ok();
        return WithoutRequestId(response.RawBody);
    }
}
