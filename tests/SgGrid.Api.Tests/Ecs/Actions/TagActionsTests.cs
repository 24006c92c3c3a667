using System.Globalization;
using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// Tags after creation: ECS TagResources, UntagResources and ListTagResources on instances, security groups, ENIs and
/// prefix lists; VPC TagResources, UnTagResources and ListTagResources on VPCs and vSwitches. Tags stay consistent with
/// those set at creation and with what Describe* calls show and filter on; limits and refusals change nothing.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class TagActionsTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private EcsClient Bob => host.Client(ApiHostFixture.Bob);

    private static string Unique() => Guid.NewGuid().ToString("N")[..12];

    private static (string, string)[] TagParameters(params (string Key, string Value)[] tags) =>
        [.. tags.SelectMany((t, i) => new[] { ($"Tag.{i + 1}.Key", t.Key), ($"Tag.{i + 1}.Value", t.Value) })];

    private static Task<EcsResponse> TagAsync(EcsClient client, string type, string id, params (string Key, string Value)[] tags) =>
        client.EcsAsync("TagResources", [("RegionId", Region), ("ResourceType", type), ("ResourceId.1", id), .. TagParameters(tags)]);

    private static async Task<(string Key, string Value)[]> ListAsync(EcsClient client, string type, string id) =>
        [.. (await client.EcsAsync("ListTagResources", ("RegionId", Region), ("ResourceType", type), ("ResourceId.1", id))).Ok()
            .Element("TagResources.TagResource").EnumerateArray()
            .Select(e => (e.GetProperty("TagKey").GetString()!, e.GetProperty("TagValue").GetString()!))];

    private static (string Key, string Value)[] EcsTags(JsonElement resource) =>
        [.. resource.GetProperty("Tags").GetProperty("Tag").EnumerateArray().Select(t => (t.GetProperty("TagKey").GetString()!, t.GetProperty("TagValue").GetString()!))];

    [Fact]
    public async Task TagResources_OnEveryEcsType_IsListedAndShownByDescribe()
    {
        var marker = Unique();
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        var group = await region.CreateSecurityGroupAsync();
        var eni = await region.CreateEniIdAsync(group);
        var instance = await region.RunInstanceAsync([group]);
        var prefixList = (await Alice.EcsAsync("CreatePrefixList", ("RegionId", Region), ("PrefixListName", "pl" + marker), ("AddressFamily", "IPv4"), ("MaxEntries", "5"))).Ok().Get("PrefixListId");

        foreach (var (type, id) in new[] { ("securitygroup", group), ("eni", eni), ("instance", instance), ("prefixlist", prefixList) })
        {
            (await TagAsync(Alice, type, id, ("team", marker), ("tier", "web"))).Ok();
            Assert.Equal([("team", marker), ("tier", "web")], await ListAsync(Alice, type, id));
        }

        var groups = (await Alice.EcsAsync("DescribeSecurityGroups", ("RegionId", Region), ("Tag.1.Key", "team"), ("Tag.1.Value", marker))).Ok();
        Assert.Equal([group], groups.Element("SecurityGroups.SecurityGroup").EnumerateArray().Select(g => g.GetProperty("SecurityGroupId").GetString()));
        Assert.Equal([("team", marker), ("tier", "web")], EcsTags(await region.DescribeEniAsync(eni)));
        Assert.Equal([("team", marker), ("tier", "web")], EcsTags(await region.DescribeInstanceAsync(instance)));
        var byTag = (await Alice.EcsAsync("ListTagResources", ("RegionId", Region), ("ResourceType", "eni"), ("Tag.1.Key", "team"), ("Tag.1.Value", marker))).Ok();
        Assert.All(byTag.Element("TagResources.TagResource").EnumerateArray(), e =>
        {
            Assert.Equal(eni, e.GetProperty("ResourceId").GetString());
            Assert.Equal("eni", e.GetProperty("ResourceType").GetString());
        });
        Assert.Equal(2, byTag.Element("TagResources.TagResource").GetArrayLength());
    }

    [Fact]
    public async Task TagAndUntag_KeepCreationTags_ReplaceValues_RemoveKeysOrAll()
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        var group = (await Alice.EcsAsync("CreateSecurityGroup", [("RegionId", Region), ("VpcId", region.VpcId), .. TagParameters(("made", "at-creation"))])).Ok().Get("SecurityGroupId");

        (await TagAsync(Alice, "SecurityGroup", group, ("env", "dev"))).Ok(); // ResourceType ignores case
        (await TagAsync(Alice, "securitygroup", group, ("env", "prod"), ("owner", "ops"))).Ok();
        Assert.Equal([("env", "prod"), ("made", "at-creation"), ("owner", "ops")], await ListAsync(Alice, "securitygroup", group));

        (await Alice.EcsAsync("UntagResources", ("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", group), ("TagKey.1", "made"), ("TagKey.2", "absent"))).Ok();
        Assert.Equal([("env", "prod"), ("owner", "ops")], await ListAsync(Alice, "securitygroup", group));

        (await Alice.EcsAsync("UntagResources", ("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", group))).Ok(); // neither keys nor All
        Assert.Equal(2, (await ListAsync(Alice, "securitygroup", group)).Length);
        (await Alice.EcsAsync("UntagResources", ("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", group), ("All", "true"))).Ok();
        Assert.Empty(await ListAsync(Alice, "securitygroup", group));
    }

    [Fact]
    public async Task TagResources_BeyondTwentyTags_IsRefusedForEveryResource_AndChangesNothing()
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        var roomy = await region.CreateSecurityGroupAsync();
        var full = await region.CreateSecurityGroupAsync();
        var twenty = Enumerable.Range(1, 20).Select(i => ($"k{i:D2}", "v")).ToArray();
        (await TagAsync(Alice, "securitygroup", full, twenty)).Ok();

        var refused = await Alice.EcsAsync("TagResources", [("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", roomy), ("ResourceId.2", full), .. TagParameters(("extra", "x"))]);

        refused.Fails("OperationDenied.QuotaExceed", 403);
        Assert.Empty(await ListAsync(Alice, "securitygroup", roomy));
        Assert.Equal(20, (await ListAsync(Alice, "securitygroup", full)).Length);
        (await TagAsync(Alice, "securitygroup", full, ("k01", "replaced"))).Ok(); // replacing a value stays within 20
    }

    [Theory]
    [InlineData("aliyun-owned", "v", "InvalidTagKey.Malformed")]
    [InlineData("acs:thing", "v", "InvalidTagKey.Malformed")]
    [InlineData("http://key", "v", "InvalidTagKey.Malformed")]
    [InlineData("long-value", "129", "InvalidTagValue.Malformed")]
    [InlineData("long-key", "v", "InvalidTagKey.Malformed")]
    public async Task TagResources_WithABadTag_IsRefused(string key, string value, string code)
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        var group = await region.CreateSecurityGroupAsync();
        var realKey = key == "long-key" ? new string('k', 129) : key;
        var realValue = value == "129" ? new string('v', 129) : value;

        (await TagAsync(Alice, "securitygroup", group, (realKey, realValue))).Fails(code, 400);
        Assert.Empty(await ListAsync(Alice, "securitygroup", group));
    }

    [Fact]
    public async Task TagCalls_RefuseUnknownTypes_OtherTenantsIds_AndMissingParameters_ChangingNothing()
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        var group = await region.CreateSecurityGroupAsync();

        (await TagAsync(Alice, "disk", group, ("a", "b"))).Fails("InvalidResourceType.NotFound", 404);
        (await TagAsync(Bob, "securitygroup", group, ("a", "b"))).Fails("InvalidResourceId.NotFound", 404);
        (await Alice.EcsAsync("TagResources", [("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", group), ("ResourceId.2", "sg-unknown00000000000000"), .. TagParameters(("a", "b"))]))
            .Fails("InvalidResourceId.NotFound", 404);
        (await Alice.EcsAsync("TagResources", ("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", group))).Fails("MissingTag", 400);
        (await Alice.EcsAsync("TagResources", [("RegionId", Region), ("ResourceType", "securitygroup"), .. TagParameters(("a", "b"))])).Fails("MissingResourceId", 400);
        (await Alice.EcsAsync("TagResources", [("RegionId", Region), ("ResourceId.1", group), .. TagParameters(("a", "b"))])).Fails("MissingResourceType", 400);
        (await Bob.EcsAsync("UntagResources", ("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", group), ("All", "true"))).Fails("InvalidResourceId.NotFound", 404);
        (await Alice.EcsAsync("ListTagResources", ("RegionId", Region), ("ResourceType", "securitygroup"))).Fails("MissingResourceId", 400);
        Assert.Empty(await ListAsync(Bob, "securitygroup", group));
        Assert.Empty(await ListAsync(Alice, "securitygroup", group));
    }

    [Fact]
    public async Task VpcTagCalls_TagVpcsAndVSwitches_ShownByDescribeAndFilters()
    {
        var marker = Unique();
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);

        (await Alice.VpcAsync("TagResources", [("RegionId", Region), ("ResourceType", "VPC"), ("ResourceId.1", region.VpcId), .. TagParameters(("team", marker), ("x", "1"))])).Ok();
        (await Alice.VpcAsync("TagResources", [("RegionId", Region), ("ResourceType", "vswitch"), ("ResourceId.1", region.VSwitchId), .. TagParameters(("team", marker))])).Ok();
        (await Alice.VpcAsync("UnTagResources", ("RegionId", Region), ("ResourceType", "VPC"), ("ResourceId.1", region.VpcId), ("TagKey.1", "x"))).Ok();

        var vpcs = (await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region), ("Tag.1.Key", "team"), ("Tag.1.Value", marker))).Ok();
        Assert.Equal([region.VpcId], vpcs.Element("Vpcs.Vpc").EnumerateArray().Select(v => v.GetProperty("VpcId").GetString()));
        var vSwitch = (await Alice.VpcAsync("DescribeVSwitchAttributes", ("RegionId", Region), ("VSwitchId", region.VSwitchId))).Ok();
        var tag = Assert.Single(vSwitch.Element("Tags.Tag").EnumerateArray());
        Assert.Equal(marker, tag.GetProperty("Value").GetString());
        var listed = (await Alice.VpcAsync("ListTagResources", ("RegionId", Region), ("ResourceType", "VPC"), ("ResourceId.1", region.VpcId))).Ok();
        var entry = Assert.Single(listed.Element("TagResources.TagResource").EnumerateArray());
        Assert.Equal("VPC", entry.GetProperty("ResourceType").GetString());
        Assert.Equal("team", entry.GetProperty("TagKey").GetString());
        (await Alice.VpcAsync("TagResources", [("RegionId", Region), ("ResourceType", "securitygroup"), ("ResourceId.1", region.VpcId), .. TagParameters(("a", "b"))]))
            .Fails("InvalidResourceType.NotFound", 404);
        (await Bob.VpcAsync("TagResources", [("RegionId", Region), ("ResourceType", "VPC"), ("ResourceId.1", region.VpcId), .. TagParameters(("a", "b"))]))
            .Fails("InvalidResourceId.NotFound", 404);
    }

    [Fact]
    public async Task ListTagResources_ByTag_PagesByResource_WithNextToken()
    {
        var marker = Unique();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Alice.VpcAsync("CreateVpc", [("RegionId", Region), ("CidrBlock", "10.0.0.0/16"), .. TagParameters(("page", marker), ("n", i.ToString(CultureInfo.InvariantCulture)))])).Ok().Get("VpcId"));
        }

        var seen = new List<string>();
        string token = "";
        do
        {
            var page = (await Alice.VpcAsync("ListTagResources", ("RegionId", Region), ("ResourceType", "VPC"), ("Tag.1.Key", "page"), ("Tag.1.Value", marker),
                ("MaxResults", "2"), ("NextToken", token))).Ok();
            var entries = page.Element("TagResources.TagResource").EnumerateArray().ToArray();
            Assert.True(entries.Length <= 4);
            seen.AddRange(entries.Select(e => e.GetProperty("ResourceId").GetString()!).Distinct());
            token = page.Get("NextToken");
        }
        while (token.Length > 0);

        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), seen);
    }
}
