using System.Text.Json;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>The ENI and instance calls the action tests repeat: made through the API, asserted to succeed.</summary>
internal static class NetworkCalls
{
    public const string ImageId = "aliyun_3_x64_20G_alibase_20240819.vhd";
    public const string InstanceType = "ecs.g7.large";

    /// <summary>CreateNetworkInterface in the region's vSwitch and <paramref name="groups"/>; returns the whole answer.</summary>
    public static async Task<EcsResponse> CreateEniAsync(this ApiRegion region, string[] groups, params (string Name, string Value)[] extra) =>
        (await region.Client.EcsAsync("CreateNetworkInterface",
            [("RegionId", ApiRegion.RegionId), ("VSwitchId", region.VSwitchId), .. GroupParameters("SecurityGroupIds", groups), .. extra])).Ok();

    public static async Task<string> CreateEniIdAsync(this ApiRegion region, params string[] groups) =>
        (await region.CreateEniAsync(groups)).Get("NetworkInterfaceId");

    /// <summary>RunInstances of one instance in the region's vSwitch (and <paramref name="groups"/>, none for the default group).</summary>
    public static async Task<string> RunInstanceAsync(this ApiRegion region, string[] groups, params (string Name, string Value)[] extra) =>
        (await region.RunAsync(groups, extra)).Ok().Element("InstanceIdSets.InstanceIdSet").EnumerateArray().Single().GetString()!;

    /// <summary>RunInstances with defaults for RegionId, VSwitchId, ImageId and InstanceType that <paramref name="extra"/> may override.</summary>
    public static Task<EcsResponse> RunAsync(this ApiRegion region, string[] groups, params (string Name, string Value)[] extra)
    {
        (string Name, string Value)[] defaults = [("RegionId", ApiRegion.RegionId), ("VSwitchId", region.VSwitchId), ("ImageId", ImageId), ("InstanceType", InstanceType)];
        return region.Client.EcsAsync("RunInstances",
            [.. defaults.Where(d => extra.All(e => e.Name != d.Name)), .. GroupParameters("SecurityGroupIds", groups), .. extra]);
    }

    /// <summary>The ENI as DescribeNetworkInterfaces shows it (asserted to be listed once).</summary>
    public static async Task<JsonElement> DescribeEniAsync(this ApiRegion region, string networkInterfaceId)
    {
        var response = (await region.Client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", ApiRegion.RegionId), ("NetworkInterfaceId.1", networkInterfaceId))).Ok();
        return Assert.Single(response.Element("NetworkInterfaceSets.NetworkInterfaceSet").EnumerateArray().ToArray());
    }

    /// <summary>The instance as DescribeInstances shows it (asserted to be listed once).</summary>
    public static async Task<JsonElement> DescribeInstanceAsync(this ApiRegion region, string instanceId)
    {
        var response = (await region.Client.EcsAsync("DescribeInstances", ("RegionId", ApiRegion.RegionId), ("InstanceIds", $"[\"{instanceId}\"]"))).Ok();
        return Assert.Single(response.Element("Instances.Instance").EnumerateArray().ToArray());
    }

    public static string[] Strings(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = element.GetProperty(part);
        }

        return [.. element.EnumerateArray().Select(e => e.GetString()!)];
    }

    public static string Text(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = element.GetProperty(part);
        }

        return element.GetString()!;
    }

    public static (string Name, string Value)[] GroupParameters(string name, string[] groups) =>
        [.. groups.Select((g, i) => ($"{name}.{i + 1}", g))];

    public static string[] Ids(this EcsResponse response, string listPath, string field) =>
        [.. response.Element(listPath).EnumerateArray().Select(e => e.GetProperty(field).GetString()!)];
}
