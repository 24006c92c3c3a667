using System.Globalization;
using System.Text.Json;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>Terse security-group calls for the HTTP tests: parameters in ECS's wire spelling, answers as JSON.</summary>
internal static class SecurityGroupTestCalls
{
    public const string RegionId = ApiRegion.RegionId;

    /// <summary>Parameters of one <c>Permissions.N</c> entry: <c>("IpProtocol", "TCP")</c> becomes <c>Permissions.N.IpProtocol=TCP</c>.</summary>
    public static (string Name, string Value)[] Permission(int index, params (string Field, string Value)[] fields) =>
        [.. fields.Select(f => ($"Permissions.{index.ToString(CultureInfo.InvariantCulture)}.{f.Field}", f.Value))];

    /// <summary>An ingress TCP permission from <paramref name="cidr"/> to <paramref name="ports"/>.</summary>
    public static (string Name, string Value)[] TcpFrom(int index, string ports, string cidr = "10.0.0.0/8", int priority = 1) =>
        Permission(index, ("IpProtocol", "TCP"), ("PortRange", ports), ("SourceCidrIp", cidr), ("Priority", priority.ToString(CultureInfo.InvariantCulture)));

    /// <summary>An egress TCP permission to <paramref name="cidr"/> on <paramref name="ports"/>.</summary>
    public static (string Name, string Value)[] TcpTo(int index, string ports, string cidr = "10.0.0.0/8", int priority = 1) =>
        Permission(index, ("IpProtocol", "TCP"), ("PortRange", ports), ("DestCidrIp", cidr), ("Priority", priority.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Calls <paramref name="action"/> on <paramref name="groupId"/> in the test region with <paramref name="parameters"/>.</summary>
    public static Task<EcsResponse> OnGroupAsync(this EcsClient client, string action, string groupId, params (string Name, string Value)[] parameters) =>
        client.EcsAsync(action, [("RegionId", RegionId), ("SecurityGroupId", groupId), .. parameters]);

    public static Task<EcsResponse> AuthorizeAsync(this EcsClient client, string groupId, params (string Name, string Value)[] parameters) =>
        client.OnGroupAsync("AuthorizeSecurityGroup", groupId, parameters);

    public static Task<EcsResponse> AuthorizeEgressAsync(this EcsClient client, string groupId, params (string Name, string Value)[] parameters) =>
        client.OnGroupAsync("AuthorizeSecurityGroupEgress", groupId, parameters);

    /// <summary>Every rule of the group in <paramref name="direction"/>, following NextToken through all pages.</summary>
    public static async Task<List<JsonElement>> RulesAsync(this EcsClient client, string groupId, string direction = "all", int maxResults = 1000)
    {
        var rules = new List<JsonElement>();
        string? token = null;
        do
        {
            (string, string)[] paging = token is null ? [] : [("NextToken", token)];
            var response = (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId,
                [("Direction", direction), ("MaxResults", maxResults.ToString(CultureInfo.InvariantCulture)), .. paging])).Ok();
            rules.AddRange(response.Element("Permissions.Permission").EnumerateArray());
            token = response.Body.TryGetProperty("NextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        return rules;
    }

    /// <summary>The only rule of the group in <paramref name="direction"/>.</summary>
    public static async Task<JsonElement> SingleRuleAsync(this EcsClient client, string groupId, string direction = "all") =>
        Assert.Single(await client.RulesAsync(groupId, direction));

    /// <summary>A string field of a rule, or null when the answer leaves it out.</summary>
    public static string? Field(this JsonElement rule, string name) =>
        rule.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>The group as DescribeSecurityGroups shows it.</summary>
    public static async Task<JsonElement> DescribeGroupAsync(this EcsClient client, string groupId)
    {
        var response = (await client.EcsAsync("DescribeSecurityGroups", ("RegionId", RegionId), ("SecurityGroupId", groupId))).Ok();
        return Assert.Single(response.Element("SecurityGroups.SecurityGroup").EnumerateArray().ToArray());
    }
}
