using System.Text.Json.Nodes;
using SgGrid.Api.Tests.Ecs.Actions;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Regions;

/// <summary>
/// A region built through the API, described call by call as a user's script would (one answer per call), bundled and
/// imported into another SgGrid: the same Describe calls then answer the same there.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class RegionImportFromDescribeAnswersTests(ApiHostFixture host, EmptyRegionHost empty) : IClassFixture<EmptyRegionHost>
{
    [Fact]
    public async Task ImportRegion_DescribeAnswersOfARegionBuiltThroughTheApi_AnswerTheSameInTheCopy()
    {
        var client = host.Client(ApiHostFixture.Importer2);
        var region = await ApiRegion.CreateAsync(client, "172.16.0.0/16", "172.16.1.0/24");
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var db = await region.CreateSecurityGroupAsync(name: "db");
        var list = (await client.EcsAsync("CreatePrefixList", ("RegionId", ApiRegion.RegionId), ("AddressFamily", "IPv4"), ("MaxEntries", "5"),
            ("PrefixListName", "office"), ("Entry.1.Cidr", "198.51.100.0/24"), ("Entry.1.Description", "hq"))).Ok().Get("PrefixListId");
        (await client.AuthorizeAsync(db, [.. SecurityGroupTestCalls.Permission(1, ("IpProtocol", "TCP"), ("PortRange", "3306/3306"), ("SourceGroupId", web), ("Priority", "5"), ("Description", "mysql from web"))])).Ok();
        (await client.AuthorizeAsync(web, [.. SecurityGroupTestCalls.Permission(1, ("IpProtocol", "TCP"), ("PortRange", "443/443"), ("SourcePrefixListId", list))])).Ok();
        (await client.AuthorizeEgressAsync(web, [.. SecurityGroupTestCalls.Permission(1, ("IpProtocol", "UDP"), ("PortRange", "53/53"), ("DestCidrIp", "0.0.0.0/0"), ("Policy", "drop"), ("Priority", "9"))])).Ok();
        (await client.EcsAsync("ModifySecurityGroupPolicy", ("RegionId", ApiRegion.RegionId), ("SecurityGroupId", db), ("InnerAccessPolicy", "Drop"))).Ok();
        var eni = (await region.CreateEniAsync([web, db], ("NetworkInterfaceName", "spare"), ("Tag.1.Key", "team"), ("Tag.1.Value", "data"))).Get("NetworkInterfaceId");
        var instance = await region.RunInstanceAsync([web], ("InstanceName", "web-1"));
        (await client.EcsAsync("AttachNetworkInterface", ("RegionId", ApiRegion.RegionId), ("InstanceId", instance), ("NetworkInterfaceId", eni))).Ok();

        (string Action, (string, string)[] Parameters)[] calls =
        [
            ("DescribeVpcs", [("VpcId", region.VpcId)]),
            ("DescribeVSwitches", [("VpcId", region.VpcId)]),
            ("DescribePrefixLists", [("PrefixListId.1", list)]),
            ("DescribePrefixListAttributes", [("PrefixListId", list)]),
            ("DescribeSecurityGroups", [("VpcId", region.VpcId)]),
            ("DescribeSecurityGroupAttribute", [("SecurityGroupId", web), ("Direction", "ingress")]),
            ("DescribeSecurityGroupAttribute", [("SecurityGroupId", web), ("Direction", "egress")]),
            ("DescribeSecurityGroupAttribute", [("SecurityGroupId", db)]),
            ("DescribeNetworkInterfaces", [("VpcId", region.VpcId), ("MaxResults", "100")]),
            ("DescribeInstances", [("VpcId", region.VpcId)]),
        ];
        var bundle = new JsonObject();
        var answers = new List<string>();
        foreach (var (action, parameters) in calls)
        {
            var answer = await RegionCalls.DescribeAsync(client, action, parameters);
            answers.Add(answer);
            var array = bundle[action] as JsonArray ?? (JsonArray)(bundle[action] = new JsonArray());
            array.Add(JsonNode.Parse(answer));
        }

        var copy = empty.Host.Client(ApiHostFixture.Importer2);
        var imported = (await RegionCalls.ImportAsync(copy, bundle.ToJsonString())).Ok();
        Assert.Equal(8, imported.Element("LoadedResources").GetInt32()); // VPC, vSwitch, list, 2 groups, ENI, instance + its primary ENI
        for (var i = 0; i < calls.Length; i++)
        {
            Assert.Equal(answers[i], await RegionCalls.DescribeAsync(copy, calls[i].Action, calls[i].Parameters));
        }

        // The Node SDK's models serialize camelCase (JSON.stringify of a response body): the same region, already there.
        var again = (await RegionCalls.ImportAsync(copy, CamelCase(bundle).ToJsonString())).Ok();
        Assert.Equal(0, again.Element("LoadedResources").GetInt32());
        Assert.Equal(8, again.Element("UnchangedResources").GetInt32());
    }

    private static JsonNode CamelCase(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(char.ToLowerInvariant(p.Key[0]) + p.Key[1..], p.Value is null ? null : CamelCase(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(v => v is null ? null : CamelCase(v))]),
        _ => node.DeepClone(),
    };
}
