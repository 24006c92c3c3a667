using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// What Terraform's <c>alicloud_vpc</c> and <c>alicloud_vswitch</c> call besides creation: DescribeVpcAttribute,
/// DescribeVSwitchAttributes, ModifyVpcAttribute, ModifyVSwitchAttribute, and the VPC API's DescribeRegions and DescribeZones.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class VpcAttributeActionsTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private EcsClient Bob => host.Client(ApiHostFixture.Bob);

    private static string Unique() => Guid.NewGuid().ToString("N")[..12];

    private static async Task<EcsResponse> VpcAttributeAsync(EcsClient client, string vpcId) =>
        await client.VpcAsync("DescribeVpcAttribute", ("RegionId", Region), ("VpcId", vpcId));

    private static async Task<EcsResponse> VSwitchAttributesAsync(EcsClient client, string vSwitchId) =>
        await client.VpcAsync("DescribeVSwitchAttributes", ("RegionId", Region), ("VSwitchId", vSwitchId));

    private static (string Key, string Value)[] Tags(JsonElement tags) =>
        [.. tags.GetProperty("Tag").EnumerateArray().Select(t => (t.GetProperty("Key").GetString()!, t.GetProperty("Value").GetString()!))];

    [Fact]
    public async Task DescribeVpcAttribute_AnswersTheVpcAsDescribeVpcsDoes()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var vpcId = (await Alice.VpcAsync("CreateVpc", ("RegionId", Region), ("CidrBlock", "10.0.0.0/16"), ("VpcName", "tf-vpc"), ("Description", "made by terraform"),
            ("ResourceGroupId", "rg-tf"), ("Tag.1.Key", "env"), ("Tag.1.Value", "prod"))).Ok().Get("VpcId");

        var attribute = (await VpcAttributeAsync(Alice, vpcId)).Ok();
        var withSwitch = (await VpcAttributeAsync(Alice, region.VpcId)).Ok();

        Assert.Equal(vpcId, attribute.Get("VpcId"));
        Assert.Equal("tf-vpc", attribute.Get("VpcName"));
        Assert.Equal("made by terraform", attribute.Get("Description"));
        Assert.Equal("Available", attribute.Get("Status"));
        Assert.Equal("10.0.0.0/16", attribute.Get("CidrBlock"));
        Assert.Equal(Region, attribute.Get("RegionId"));
        Assert.Equal("rg-tf", attribute.Get("ResourceGroupId"));
        Assert.Equal("vrt-" + vpcId[4..], attribute.Get("VRouterId"));
        Assert.False(attribute.Element("IsDefault").GetBoolean());
        Assert.False(attribute.Element("ClassicLinkEnabled").GetBoolean());
        Assert.False(attribute.Element("EnabledIpv6").GetBoolean());
        Assert.Equal([("env", "prod")], Tags(attribute.Element("Tags")));
        Assert.Empty(attribute.Element("VSwitchIds.VSwitchId").EnumerateArray());
        Assert.Equal([region.VSwitchId], withSwitch.Element("VSwitchIds.VSwitchId").EnumerateArray().Select(e => e.GetString()));
        Assert.True(withSwitch.Element("EnabledIpv6").GetBoolean());
        Assert.EndsWith("::/56", withSwitch.Get("Ipv6CidrBlock"));
        var vSwitches = withSwitch.Element("CloudResources.CloudResourceSetType").EnumerateArray().Single(r => r.GetProperty("ResourceType").GetString() == "VSwitch");
        Assert.Equal(1, vSwitches.GetProperty("ResourceCount").GetInt32());
    }

    [Fact]
    public async Task DescribeVpcAttribute_OfAnotherTenantsOrAnUnknownVpc_IsNotFound()
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);

        (await VpcAttributeAsync(Bob, region.VpcId)).Fails("InvalidVpcId.NotFound", 404);
        (await VpcAttributeAsync(Alice, "vpc-unknown0000000000000000")).Fails("InvalidVpcId.NotFound", 404);
        (await Alice.VpcAsync("DescribeVpcAttribute", ("RegionId", Region))).Fails("MissingVpcId", 400);
        (await Alice.VpcAsync("DescribeVpcAttribute", ("VpcId", region.VpcId))).Ok(); // the VPC's own region without RegionId
        (await Alice.VpcAsync("DescribeVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("DryRun", "true"))).Fails("DryRunOperation", 400);
    }

    [Fact]
    public async Task ModifyVpcAttribute_ChangesNameAndDescription_SeenByDescribeAndItsFilter()
    {
        var marker = Unique();
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);

        (await Alice.VpcAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("VpcName", "renamed-" + marker), ("Description", "new words"))).Ok();
        (await Alice.VpcAsync("ModifyVpcAttribute", ("VpcId", region.VpcId), ("Description", "newer words"))).Ok();

        var attribute = (await VpcAttributeAsync(Alice, region.VpcId)).Ok();
        Assert.Equal("renamed-" + marker, attribute.Get("VpcName"));
        Assert.Equal("newer words", attribute.Get("Description"));
        var listed = (await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region), ("VpcName", "renamed-" + marker))).Ok();
        Assert.Equal(region.VpcId, Assert.Single(listed.Element("Vpcs.Vpc").EnumerateArray()).GetProperty("VpcId").GetString());
    }

    [Fact]
    public async Task ModifyVpcAttribute_RefusesWhatIsNotEmulated_AndOtherTenants_ChangingNothing()
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        (await Alice.VpcAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("VpcName", "before"))).Ok();

        (await Alice.VpcAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("VpcName", "after"), ("CidrBlock", "10.0.0.0/8")))
            .Fails("UnsupportedFeature.ModifyCidrBlock", 400);
        (await Alice.VpcAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("VpcName", "after"), ("EnableIPv6", "true")))
            .Fails("UnsupportedFeature.EnableIpv6", 400);
        (await Alice.VpcAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("VpcName", new string('n', 129))))
            .Fails("InvalidVpcName.Malformed", 400);
        (await Bob.VpcAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("VpcName", "after"))).Fails("InvalidVpcId.NotFound", 404);
        (await Alice.VpcAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", region.VpcId), ("VpcName", "after"), ("CidrBlock", "10.0.0.0/16"), ("EnableIPv6", "false"))).Ok();

        Assert.Equal("after", (await VpcAttributeAsync(Alice, region.VpcId)).Ok().Get("VpcName"));
    }

    [Fact]
    public async Task DescribeVSwitchAttributes_AndModifyVSwitchAttribute_ReadAndRenameTheVSwitch()
    {
        var marker = Unique();
        var region = await ApiRegion.CreateAsync(Alice);

        var before = (await VSwitchAttributesAsync(Alice, region.VSwitchId)).Ok();
        (await Alice.VpcAsync("ModifyVSwitchAttribute", ("VSwitchId", region.VSwitchId), ("VSwitchName", "sw-" + marker), ("Description", "web tier"))).Ok();
        var after = (await VSwitchAttributesAsync(Alice, region.VSwitchId)).Ok();

        Assert.Equal(region.VSwitchId, before.Get("VSwitchId"));
        Assert.Equal(region.VpcId, before.Get("VpcId"));
        Assert.Equal(ApiRegion.ZoneId, before.Get("ZoneId"));
        Assert.Equal("10.0.1.0/24", before.Get("CidrBlock"));
        Assert.Equal("Available", before.Get("Status"));
        Assert.True(before.Element("EnabledIpv6").GetBoolean());
        Assert.Equal("vtb-" + region.VpcId[4..], before.Get("RouteTable.RouteTableId"));
        Assert.True(before.Element("AvailableIpAddressCount").GetInt64() > 200);
        Assert.Equal("sw-" + marker, after.Get("VSwitchName"));
        Assert.Equal("web tier", after.Get("Description"));
        var listed = (await Alice.VpcAsync("DescribeVSwitches", ("RegionId", Region), ("VpcId", region.VpcId), ("VSwitchName", "sw-" + marker))).Ok();
        Assert.Single(listed.Element("VSwitches.VSwitch").EnumerateArray());
    }

    [Fact]
    public async Task VSwitchAttributeActions_RefuseOtherTenants_UnknownIds_AndIpv6Changes()
    {
        var region = await ApiRegion.CreateAsync(Alice);

        (await VSwitchAttributesAsync(Bob, region.VSwitchId)).Fails("InvalidVSwitchId.NotFound", 404);
        (await VSwitchAttributesAsync(Alice, "vsw-unknown0000000000000000")).Fails("InvalidVSwitchId.NotFound", 404);
        (await Bob.VpcAsync("ModifyVSwitchAttribute", ("VSwitchId", region.VSwitchId), ("VSwitchName", "stolen"))).Fails("InvalidVSwitchId.NotFound", 404);
        (await Alice.VpcAsync("ModifyVSwitchAttribute", ("VSwitchId", region.VSwitchId), ("VSwitchName", "x"), ("EnableIPv6", "false"))).Fails("UnsupportedFeature.EnableIpv6", 400);
        (await Alice.VpcAsync("ModifyVSwitchAttribute", ("VSwitchId", region.VSwitchId), ("Description", new string('d', 257)))).Fails("InvalidDescription.Malformed", 400);

        Assert.Equal("", (await VSwitchAttributesAsync(Alice, region.VSwitchId)).Ok().Get("VSwitchName"));
    }

    [Fact]
    public async Task VpcDescribeRegionsAndZones_ListTheServedRegionsAndTheirZones()
    {
        var regions = (await Alice.VpcAsync("DescribeRegions", ("AcceptLanguage", "en-US"))).Ok();
        var zones = (await Alice.VpcAsync("DescribeZones", ("RegionId", Region))).Ok();
        var english = (await Alice.VpcAsync("DescribeZones", ("RegionId", Region), ("AcceptLanguage", "en-US"))).Ok();

        var hangzhou = regions.Element("Regions.Region").EnumerateArray().Single(r => r.GetProperty("RegionId").GetString() == Region);
        Assert.Equal("China (Hangzhou)", hangzhou.GetProperty("LocalName").GetString());
        Assert.Equal("vpc.cn-hangzhou.aliyuncs.com", hangzhou.GetProperty("RegionEndpoint").GetString());
        var ids = zones.Element("Zones.Zone").EnumerateArray().Select(z => z.GetProperty("ZoneId").GetString()).ToArray();
        Assert.Contains(ApiRegion.ZoneId, ids);
        Assert.All(zones.Element("Zones.Zone").EnumerateArray(), z => Assert.Equal("AvailabilityZone", z.GetProperty("ZoneType").GetString()));
        Assert.Contains(english.Element("Zones.Zone").EnumerateArray(), z => z.GetProperty("LocalName").GetString() == "China (Hangzhou) Zone H");
        (await Alice.VpcAsync("DescribeZones")).Fails("MissingRegionId", 400);
        (await Alice.VpcAsync("DescribeZones", ("RegionId", "mars-1"))).Fails("InvalidRegionId.NotFound", 404);
    }
}
