using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>CreateVpc, CreateVSwitch and CreateSecurityGroup: ids in ECS's shapes, validation codes, tenant isolation.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class CreateResourceTests(ApiHostFixture host)
{
    [Fact]
    public async Task CreateVpc_ReturnsIdsInEcsShapes()
    {
        var response = (await host.Client(ApiHostFixture.Alice).VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", "10.0.0.0/16"))).Ok();

        Assert.Matches("^vpc-[a-z0-9]{21}$", response.Get("VpcId"));
        Assert.Matches("^vrt-[a-z0-9]{21}$", response.Get("VRouterId"));
        Assert.Matches("^vtb-[a-z0-9]{21}$", response.Get("RouteTableId"));
    }

    [Theory]
    [InlineData("10.0.0.0/7")]
    [InlineData("100.64.0.0/16")]
    [InlineData("10.0.0.0/29")]
    public async Task CreateVpc_UnusableBlock_IsInvalidCidrBlock(string cidr)
    {
        var response = await host.Client(ApiHostFixture.Alice).VpcAsync("CreateVpc", ("RegionId", "cn-hangzhou"), ("CidrBlock", cidr));

        response.Fails("InvalidCidrBlock.Malformed", 400);
    }

    [Fact]
    public async Task CreateVSwitch_InAZoneOfTheRegion_ReturnsItsId()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));

        Assert.Matches("^vsw-[a-z0-9]{21}$", region.VSwitchId);
    }

    [Fact]
    public async Task CreateVSwitch_UnknownZone_IsInvalidZoneIdNotFound()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);

        var response = await client.VpcAsync("CreateVSwitch", ("RegionId", "cn-hangzhou"), ("VpcId", region.VpcId), ("ZoneId", "cn-shanghai-a"), ("CidrBlock", "10.0.2.0/24"));

        response.Fails("InvalidZoneId.NotFound", 404);
    }

    [Fact]
    public async Task CreateVSwitch_InAnotherTenantsVpc_IsVpcNotFound()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));

        var response = await host.Client(ApiHostFixture.Bob).VpcAsync("CreateVSwitch", ("RegionId", "cn-hangzhou"), ("VpcId", alice.VpcId), ("ZoneId", ApiRegion.ZoneId), ("CidrBlock", "10.0.2.0/24"));

        response.Fails("InvalidVpcId.NotFound", 404);
    }

    [Fact]
    public async Task CreateSecurityGroup_ReturnsAnSgId()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));

        var groupId = await region.CreateSecurityGroupAsync();

        Assert.Matches("^sg-[a-z0-9]{20}$", groupId);
    }

    [Theory]
    [InlineData("SecurityGroupName", "1starts-with-a-digit", "InvalidSecurityGroupName.Malformed")]
    [InlineData("SecurityGroupName", "has space", "InvalidSecurityGroupName.Malformed")]
    [InlineData("SecurityGroupName", "http://x", "InvalidSecurityGroupName.Malformed")]
    [InlineData("Description", "x", "InvalidDescription.Malformed")]
    [InlineData("SecurityGroupType", "premium", "InvalidSecurityGroupType.Malformed")]
    public async Task CreateSecurityGroup_BadParameter_IsMalformed(string parameter, string value, string code)
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);

        var response = await client.EcsAsync("CreateSecurityGroup", ("RegionId", "cn-hangzhou"), ("VpcId", region.VpcId), (parameter, value));

        response.Fails(code, 400);
    }

    [Fact]
    public async Task CreateSecurityGroup_WithoutVpc_IsMissingVpcId()
    {
        var response = await host.Client(ApiHostFixture.Alice).EcsAsync("CreateSecurityGroup", ("RegionId", "cn-hangzhou"));

        response.Fails("MissingVpcId", 400);
    }

    [Fact]
    public async Task CreateSecurityGroup_InAnotherTenantsVpc_IsVpcNotFound()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));

        var response = await host.Client(ApiHostFixture.Bob).EcsAsync("CreateSecurityGroup", ("RegionId", "cn-hangzhou"), ("VpcId", alice.VpcId));

        response.Fails("InvalidVpcId.NotFound", 404);
    }
}
