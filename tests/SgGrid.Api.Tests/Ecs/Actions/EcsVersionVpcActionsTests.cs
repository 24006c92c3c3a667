using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// The VPC actions under ECS's version (2014-05-26), as older SDKs and scripts call them: the same resources and checks
/// as the VPC API, answers cut to ECS's response models.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class EcsVersionVpcActionsTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private EcsClient Bob => host.Client(ApiHostFixture.Bob);

    [Fact]
    public async Task VpcLifecycle_UnderEcsVersion_CreatesDescribesModifiesAndDeletes()
    {
        var name = "ecs-" + Guid.NewGuid().ToString("N")[..8];
        var created = (await Alice.EcsAsync("CreateVpc", ("RegionId", Region), ("CidrBlock", "10.0.0.0/16"), ("VpcName", name))).Ok();
        var vpcId = created.Get("VpcId");
        Assert.Equal("vrt-" + vpcId[4..], created.Get("VRouterId"));
        Assert.False(created.Body.TryGetProperty("ResourceGroupId", out _)); // not in ECS's model
        var vSwitchId = (await Alice.EcsAsync("CreateVSwitch", ("RegionId", Region), ("VpcId", vpcId), ("ZoneId", ApiRegion.ZoneId), ("CidrBlock", "10.0.1.0/24"))).Ok().Get("VSwitchId");

        (await Alice.EcsAsync("ModifyVpcAttribute", ("RegionId", Region), ("VpcId", vpcId), ("Description", "old script"))).Ok();
        (await Alice.EcsAsync("ModifyVSwitchAttribute", ("RegionId", Region), ("VSwitchId", vSwitchId), ("VSwitchName", "sw"))).Ok();
        var vpc = Assert.Single((await Alice.EcsAsync("DescribeVpcs", ("RegionId", Region), ("VpcId", vpcId))).Ok().Element("Vpcs.Vpc").EnumerateArray());
        var vSwitch = Assert.Single((await Alice.EcsAsync("DescribeVSwitches", ("RegionId", Region), ("VpcId", vpcId))).Ok().Element("VSwitches.VSwitch").EnumerateArray());

        Assert.Equal((vpcId, name, "old script"), (vpc.GetProperty("VpcId").GetString(), vpc.GetProperty("VpcName").GetString(), vpc.GetProperty("Description").GetString()));
        Assert.Equal([vSwitchId], vpc.GetProperty("VSwitchIds").GetProperty("VSwitchId").EnumerateArray().Select(e => e.GetString()));
        Assert.False(vpc.TryGetProperty("Tags", out _)); // not in ECS's model
        Assert.Equal(("sw", vSwitchId), (vSwitch.GetProperty("VSwitchName").GetString(), vSwitch.GetProperty("VSwitchId").GetString()));
        Assert.False(vSwitch.TryGetProperty("RouteTable", out _));
        // The same VPC through the VPC API.
        Assert.Equal("old script", (await Alice.VpcAsync("DescribeVpcAttribute", ("RegionId", Region), ("VpcId", vpcId))).Ok().Get("Description"));

        (await Alice.EcsAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId))).Fails("DependencyViolation.VSwitch", 400);
        (await Bob.EcsAsync("DeleteVSwitch", ("RegionId", Region), ("VSwitchId", vSwitchId))).Fails("InvalidVSwitchId.NotFound", 404);
        (await Alice.EcsAsync("DeleteVSwitch", ("RegionId", Region), ("VSwitchId", vSwitchId))).Ok();
        (await Alice.EcsAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId))).Ok();
        (await Alice.VpcAsync("DescribeVpcAttribute", ("RegionId", Region), ("VpcId", vpcId))).Fails("InvalidVpcId.NotFound", 404);
    }
}
