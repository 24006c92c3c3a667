using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// The VPC API's VPC and vSwitch actions over HTTP: CreateVpc/CreateVSwitch with IPv6, DescribeVpcs, DescribeVSwitches,
/// DeleteVpc and DeleteVSwitch — fields, filters, paging, every validation error, dependencies and tenant isolation.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class VpcActionsTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private EcsClient Bob => host.Client(ApiHostFixture.Bob);

    /// <summary>Grains, for dependents the HTTP API cannot make on this branch (ENIs, allocated addresses).</summary>
    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    private static string Unique() => Guid.NewGuid().ToString("N")[..12];

    private static async Task<string> CreateVpcAsync(EcsClient client, params (string Name, string Value)[] extra) =>
        (await client.VpcAsync("CreateVpc", [("RegionId", Region), ("CidrBlock", "10.0.0.0/16"), .. extra])).Ok().Get("VpcId");

    private static async Task<EcsResponse> CreateVSwitchAsync(EcsClient client, string vpcId, string cidr, params (string Name, string Value)[] extra) =>
        await client.VpcAsync("CreateVSwitch", [("RegionId", Region), ("VpcId", vpcId), ("ZoneId", ApiRegion.ZoneId), ("CidrBlock", cidr), .. extra]);

    private static async Task<JsonElement> DescribeVpcAsync(EcsClient client, string vpcId)
    {
        var response = (await client.VpcAsync("DescribeVpcs", ("RegionId", Region), ("VpcId", vpcId))).Ok();
        return Assert.Single(response.Element("Vpcs.Vpc").EnumerateArray());
    }

    private static async Task<JsonElement> DescribeVSwitchAsync(EcsClient client, string vSwitchId)
    {
        var response = (await client.VpcAsync("DescribeVSwitches", ("RegionId", Region), ("VSwitchId", vSwitchId))).Ok();
        return Assert.Single(response.Element("VSwitches.VSwitch").EnumerateArray());
    }

    private static string[] Ids(EcsResponse response, string list, string field) =>
        [.. response.Element(list).EnumerateArray().Select(e => e.GetProperty(field).GetString()!)];

    // ---- DescribeVpcs ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task DescribeVpcs_ById_AnswersEveryFieldInTheModelsTypes()
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        var tagged = await CreateVpcAsync(Alice, ("VpcName", "main-vpc"), ("Description", "the main one"), ("ResourceGroupId", "rg-aek2test"),
            ("Tag.1.Key", "env"), ("Tag.1.Value", "prod"));

        var vpc = await DescribeVpcAsync(Alice, region.VpcId);
        var other = await DescribeVpcAsync(Alice, tagged);

        Assert.Equal(region.VpcId, vpc.GetProperty("VpcId").GetString());
        Assert.Equal(Region, vpc.GetProperty("RegionId").GetString());
        Assert.Equal("Available", vpc.GetProperty("Status").GetString());
        Assert.Equal("10.0.0.0/16", vpc.GetProperty("CidrBlock").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", vpc.GetProperty("CreationTime").GetString());
        Assert.Equal("vrt-" + region.VpcId[4..], vpc.GetProperty("VRouterId").GetString());
        Assert.False(vpc.GetProperty("IsDefault").GetBoolean());
        Assert.Equal(long.Parse(ApiHostFixture.Alice.AccountId, CultureInfo.InvariantCulture), vpc.GetProperty("OwnerId").GetInt64());
        Assert.False(vpc.GetProperty("EnabledIpv6").GetBoolean());
        Assert.False(vpc.TryGetProperty("Ipv6CidrBlock", out _));
        Assert.Empty(vpc.GetProperty("Ipv6CidrBlocks").GetProperty("Ipv6CidrBlock").EnumerateArray());
        Assert.Equal([region.VSwitchId], vpc.GetProperty("VSwitchIds").GetProperty("VSwitchId").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["vtb-" + region.VpcId[4..]], vpc.GetProperty("RouterTableIds").GetProperty("RouterTableIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(vpc.GetProperty("NatGatewayIds").GetProperty("NatGatewayIds").EnumerateArray());
        Assert.Empty(vpc.GetProperty("SecondaryCidrBlocks").GetProperty("SecondaryCidrBlock").EnumerateArray());
        Assert.Empty(vpc.GetProperty("UserCidrs").GetProperty("UserCidr").EnumerateArray());
        Assert.Empty(vpc.GetProperty("Tags").GetProperty("Tag").EnumerateArray());
        Assert.Equal("main-vpc", other.GetProperty("VpcName").GetString());
        Assert.Equal("the main one", other.GetProperty("Description").GetString());
        Assert.Equal("rg-aek2test", other.GetProperty("ResourceGroupId").GetString());
        var tag = Assert.Single(other.GetProperty("Tags").GetProperty("Tag").EnumerateArray());
        Assert.Equal("env", tag.GetProperty("Key").GetString());
        Assert.Equal("prod", tag.GetProperty("Value").GetString());
    }

    [Fact]
    public async Task DescribeVpcs_Filters_SelectTheMatchingVpcs()
    {
        var marker = Unique();
        var plain = await CreateVpcAsync(Alice, ("VpcName", "a" + marker), ("Tag.1.Key", "marker"), ("Tag.1.Value", marker));
        var ipv6 = await CreateVpcAsync(Alice, ("VpcName", "b" + marker), ("EnableIpv6", "true"), ("ResourceGroupId", "rg-" + marker),
            ("Tag.1.Key", "marker"), ("Tag.1.Value", marker));

        async Task<string[]> ListAsync(params (string Name, string Value)[] filters) =>
            Ids((await Alice.VpcAsync("DescribeVpcs", [("RegionId", Region), ("Tag.1.Key", "marker"), ("Tag.1.Value", marker), .. filters])).Ok(), "Vpcs.Vpc", "VpcId");

        Assert.Equal(new[] { plain, ipv6 }.OrderDescending(StringComparer.Ordinal), await ListAsync());
        Assert.Equal([plain], await ListAsync(("VpcName", "a" + marker)));
        Assert.Equal([ipv6], await ListAsync(("ResourceGroupId", "rg-" + marker)));
        Assert.Equal([ipv6], await ListAsync(("EnableIpv6", "true")));
        Assert.Equal([plain], await ListAsync(("EnableIpv6", "false")));
        Assert.Equal([plain], await ListAsync(("VpcId", $" {plain} ,vpc-unknown0000000000000000")));
        Assert.Empty(await ListAsync(("IsDefault", "true")));
        Assert.Equal(2, (await ListAsync(("IsDefault", "false"))).Length);
        Assert.Equal(2, (await ListAsync(("VpcOwnerId", ApiHostFixture.Alice.AccountId))).Length);
        Assert.Empty(await ListAsync(("VpcOwnerId", ApiHostFixture.Bob.AccountId)));
        Assert.Empty(Ids((await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region), ("Tag.1.Key", "marker"), ("Tag.1.Value", "other"))).Ok(), "Vpcs.Vpc", "VpcId"));
    }

    [Fact]
    public async Task DescribeVpcs_Pages_ByNumberAndSize_IdDescending()
    {
        var marker = Unique();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await CreateVpcAsync(Alice, ("Tag.1.Key", "page"), ("Tag.1.Value", marker)));
        }

        async Task<EcsResponse> PageAsync(int number) => (await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region), ("Tag.1.Key", "page"),
            ("Tag.1.Value", marker), ("PageSize", "2"), ("PageNumber", number.ToString(CultureInfo.InvariantCulture)))).Ok();

        var first = await PageAsync(1);
        var second = await PageAsync(2);

        Assert.Equal(3, first.Element("TotalCount").GetInt32());
        Assert.Equal(1, first.Element("PageNumber").GetInt32());
        Assert.Equal(2, first.Element("PageSize").GetInt32());
        Assert.Equal(2, second.Element("PageNumber").GetInt32());
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), Ids(first, "Vpcs.Vpc", "VpcId").Concat(Ids(second, "Vpcs.Vpc", "VpcId")));
    }

    [Fact]
    public async Task DescribeVpcs_DefaultPageSize_IsTen()
    {
        var response = (await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region))).Ok();

        Assert.Equal(10, response.Element("PageSize").GetInt32());
        Assert.Equal(1, response.Element("PageNumber").GetInt32());
    }

    [Fact]
    public async Task DescribeVpcs_AnotherTenantsId_ListsNothing()
    {
        var alice = await CreateVpcAsync(Alice);

        var response = (await Bob.VpcAsync("DescribeVpcs", ("RegionId", Region), ("VpcId", alice))).Ok();

        Assert.Equal(0, response.Element("TotalCount").GetInt32());
        Assert.Empty(response.Element("Vpcs.Vpc").EnumerateArray());
    }

    [Theory]
    [InlineData("PageSize", "51", "InvalidPageSize.Malformed")]
    [InlineData("PageSize", "0", "InvalidPageSize.Malformed")]
    [InlineData("PageNumber", "0", "InvalidPageNumber.Malformed")]
    [InlineData("IsDefault", "maybe", "InvalidIsDefault.Malformed")]
    [InlineData("EnableIpv6", "maybe", "InvalidEnableIpv6.Malformed")]
    [InlineData("VpcOwnerId", "-1", "InvalidVpcOwnerId.Malformed")]
    [InlineData("DryRun", "true", "DryRunOperation")]
    public async Task DescribeVpcs_BadParameterOrDryRun_IsRefused(string parameter, string value, string code)
    {
        var response = await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region), (parameter, value));

        response.Fails(code, 400);
    }

    [Fact]
    public async Task DescribeVpcs_MoreThanTwentyIds_IsMalformed()
    {
        var ids = string.Join(',', Enumerable.Range(0, 21).Select(i => $"vpc-{i:D21}"));

        var response = await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region), ("VpcId", ids));

        response.Fails("InvalidVpcId.Malformed", 400);
    }

    [Fact]
    public async Task DescribeVpcs_WithoutRegion_IsMissingRegionId()
    {
        (await Alice.VpcAsync("DescribeVpcs")).Fails("MissingRegionId", 400);
        (await Alice.VpcAsync("DescribeVpcs", ("RegionId", "mars-north-1"))).Fails("InvalidRegionId.NotFound", 404);
    }

    // ---- IPv6 -------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task CreateVpc_EnableIpv6_GetsItsOwnSlash56()
    {
        var first = await CreateVpcAsync(Alice, ("EnableIpv6", "true"));
        var second = await CreateVpcAsync(Bob, ("EnableIpv6", "true"), ("Ipv6Isp", "BGP"));

        var a = await DescribeVpcAsync(Alice, first);
        var b = await DescribeVpcAsync(Bob, second);

        Assert.True(a.GetProperty("EnabledIpv6").GetBoolean());
        var blockA = IpCidr.Parse(a.GetProperty("Ipv6CidrBlock").GetString()!);
        var blockB = IpCidr.Parse(b.GetProperty("Ipv6CidrBlock").GetString()!);
        Assert.Equal(56, blockA.PrefixLength);
        Assert.True(IpCidr.Parse("2408:4000::/20").Contains(blockA));
        Assert.False(blockA.Overlaps(blockB));
        var entry = Assert.Single(a.GetProperty("Ipv6CidrBlocks").GetProperty("Ipv6CidrBlock").EnumerateArray());
        Assert.Equal(blockA.ToString(), entry.GetProperty("Ipv6CidrBlock").GetString());
        Assert.Equal("BGP", entry.GetProperty("Ipv6Isp").GetString());
    }

    [Theory]
    [InlineData("Ipv6CidrBlock", "2408:4000:0:6a::/56", "OperationFailed.IPv6CidrNotReserved")]
    [InlineData("Ipv6Isp", "ChinaMobile", "UnsupportedFeature.Ipv6Isp")]
    [InlineData("EnableIpv6", "yes", "InvalidEnableIpv6.Malformed")]
    public async Task CreateVpc_UnsupportedIpv6Parameter_IsRefused(string parameter, string value, string code)
    {
        (string, string)[] parameters = parameter == "EnableIpv6" ? [("RegionId", Region), (parameter, value)] : [("RegionId", Region), ("EnableIpv6", "true"), (parameter, value)];

        var response = await Alice.VpcAsync("CreateVpc", parameters);

        response.Fails(code, 400);
    }

    [Fact]
    public async Task CreateVSwitch_Ipv6Index_GetsThatSlash64OfTheVpc()
    {
        var vpcId = await CreateVpcAsync(Alice, ("EnableIpv6", "true"));
        var vpcBlock = IpCidr.Parse((await DescribeVpcAsync(Alice, vpcId)).GetProperty("Ipv6CidrBlock").GetString()!);

        var vSwitchId = (await CreateVSwitchAsync(Alice, vpcId, "10.0.1.0/24", ("Ipv6CidrBlock", "12"), ("Ipv6CidrMask", "64"),
            ("VpcIpv6CidrBlock", vpcBlock.ToString()))).Ok().Get("VSwitchId");
        var vSwitch = await DescribeVSwitchAsync(Alice, vSwitchId);

        var expected = new IpCidr(new NetworkAddress(vpcBlock.First + ((UInt128)12 << 64), IpFamily.IPv6), 64);
        Assert.Equal(expected.ToString(), vSwitch.GetProperty("Ipv6CidrBlock").GetString());
        Assert.True(vSwitch.GetProperty("EnabledIpv6").GetBoolean());
        var info = await Grains.GetGrain<IVSwitchGrain>(vSwitchId).GetInfoAsync(new ResourceOwner(ApiHostFixture.Alice.AccountId, Region));
        Assert.Equal(expected, info!.Ipv6CidrBlock);
    }

    [Fact]
    public async Task CreateVSwitch_Ipv6IndexTaken_IsOverlapped()
    {
        var vpcId = await CreateVpcAsync(Alice, ("EnableIpv6", "true"));
        (await CreateVSwitchAsync(Alice, vpcId, "10.0.1.0/24", ("Ipv6CidrBlock", "0"))).Ok();

        var response = await CreateVSwitchAsync(Alice, vpcId, "10.0.2.0/24", ("Ipv6CidrBlock", "0"));

        response.Fails("OperationFailed.Ipv6CidrBlockOverLapped", 400);
    }

    [Fact]
    public async Task CreateVSwitch_Ipv6IndexInIpv4OnlyVpc_IsIllegal()
    {
        var vpcId = await CreateVpcAsync(Alice);

        var response = await CreateVSwitchAsync(Alice, vpcId, "10.0.1.0/24", ("Ipv6CidrBlock", "1"));

        response.Fails("IllegalParam.Ipv6CidrBlock", 400);
    }

    [Theory]
    [InlineData("Ipv6CidrBlock", "256", "InvalidIpv6CidrBlock.Malformed")]
    [InlineData("Ipv6CidrBlock", "-1", "InvalidIpv6CidrBlock.Malformed")]
    [InlineData("Ipv6CidrBlock", "x", "InvalidIpv6CidrBlock.Malformed")]
    [InlineData("Ipv6CidrMask", "56", "InvalidIpv6CidrMask.Malformed")]
    [InlineData("VpcIpv6CidrBlock", "2001:db8::/56", "IllegalParam.Ipv6CidrBlock")]
    [InlineData("VpcIpv6CidrBlock", "garbage", "IllegalParam.Ipv6CidrBlock")]
    public async Task CreateVSwitch_BadIpv6Parameter_IsRefused(string parameter, string value, string code)
    {
        var vpcId = await CreateVpcAsync(Alice, ("EnableIpv6", "true"));

        var response = await CreateVSwitchAsync(Alice, vpcId, "10.0.1.0/24", (parameter, value));

        response.Fails(code, 400);
    }

    [Fact]
    public async Task CreateVSwitch_WithoutRegionId_UsesTheVpcsRegion()
    {
        var vpcId = (await Alice.VpcAsync("CreateVpc", ("RegionId", "cn-shanghai"), ("CidrBlock", "10.0.0.0/16"))).Ok().Get("VpcId");

        var created = await Alice.VpcAsync("CreateVSwitch", ("VpcId", vpcId), ("ZoneId", "cn-shanghai-b"), ("CidrBlock", "10.0.1.0/24"));
        var wrongZone = await Alice.VpcAsync("CreateVSwitch", ("VpcId", vpcId), ("ZoneId", ApiRegion.ZoneId), ("CidrBlock", "10.0.2.0/24"));

        var vSwitchId = created.Ok().Get("VSwitchId");
        var listed = (await Alice.VpcAsync("DescribeVSwitches", ("RegionId", "cn-shanghai"), ("VSwitchId", vSwitchId))).Ok();
        Assert.Equal([vSwitchId], Ids(listed, "VSwitches.VSwitch", "VSwitchId"));
        wrongZone.Fails("InvalidZoneId.NotFound", 404);
    }

    // ---- DescribeVSwitches ------------------------------------------------------------------------------------------

    [Fact]
    public async Task DescribeVSwitches_ByVpc_AnswersEveryFieldInTheModelsTypes()
    {
        var vpcId = await CreateVpcAsync(Alice);
        var vSwitchId = (await CreateVSwitchAsync(Alice, vpcId, "10.0.1.0/24", ("VSwitchName", "web"), ("Description", "web tier"),
            ("Tag.1.Key", "tier"), ("Tag.1.Value", "web"))).Ok().Get("VSwitchId");

        var response = (await Alice.VpcAsync("DescribeVSwitches", ("VpcId", vpcId))).Ok();

        Assert.Equal(1, response.Element("TotalCount").GetInt32());
        var vSwitch = Assert.Single(response.Element("VSwitches.VSwitch").EnumerateArray());
        Assert.Equal(vSwitchId, vSwitch.GetProperty("VSwitchId").GetString());
        Assert.Equal("web", vSwitch.GetProperty("VSwitchName").GetString());
        Assert.Equal("web tier", vSwitch.GetProperty("Description").GetString());
        Assert.Equal(vpcId, vSwitch.GetProperty("VpcId").GetString());
        Assert.Equal(ApiRegion.ZoneId, vSwitch.GetProperty("ZoneId").GetString());
        Assert.Equal("10.0.1.0/24", vSwitch.GetProperty("CidrBlock").GetString());
        Assert.Equal("Available", vSwitch.GetProperty("Status").GetString());
        Assert.Equal(252, vSwitch.GetProperty("AvailableIpAddressCount").GetInt64());
        Assert.False(vSwitch.GetProperty("IsDefault").GetBoolean());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", vSwitch.GetProperty("CreationTime").GetString());
        Assert.Equal(long.Parse(ApiHostFixture.Alice.AccountId, CultureInfo.InvariantCulture), vSwitch.GetProperty("OwnerId").GetInt64());
        Assert.Equal(JsonValueKind.String, vSwitch.GetProperty("ResourceGroupId").ValueKind);
        Assert.False(vSwitch.GetProperty("EnabledIpv6").GetBoolean());
        Assert.False(vSwitch.TryGetProperty("Ipv6CidrBlock", out _));
        Assert.Equal("vtb-" + vpcId[4..], vSwitch.GetProperty("RouteTable").GetProperty("RouteTableId").GetString());
        Assert.Equal("System", vSwitch.GetProperty("RouteTable").GetProperty("RouteTableType").GetString());
        var tag = Assert.Single(vSwitch.GetProperty("Tags").GetProperty("Tag").EnumerateArray());
        Assert.Equal("tier", tag.GetProperty("Key").GetString());
        Assert.Equal("web", tag.GetProperty("Value").GetString());
    }

    [Fact]
    public async Task DescribeVSwitches_Filters_SelectTheMatchingVSwitches()
    {
        var vpcId = await CreateVpcAsync(Alice, ("EnableIpv6", "true"));
        var web = (await CreateVSwitchAsync(Alice, vpcId, "10.0.1.0/24", ("VSwitchName", "web"), ("Ipv6CidrBlock", "1"))).Ok().Get("VSwitchId");
        var db = (await Alice.VpcAsync("CreateVSwitch", ("RegionId", Region), ("VpcId", vpcId), ("ZoneId", "cn-hangzhou-i"), ("CidrBlock", "10.0.2.0/24"),
            ("VSwitchName", "db"), ("Tag.1.Key", "tier"), ("Tag.1.Value", "db"))).Ok().Get("VSwitchId");

        async Task<string[]> ListAsync(params (string Name, string Value)[] filters) =>
            Ids((await Alice.VpcAsync("DescribeVSwitches", [("RegionId", Region), ("VpcId", vpcId), .. filters])).Ok(), "VSwitches.VSwitch", "VSwitchId");

        Assert.Equal(new[] { web, db }.OrderDescending(StringComparer.Ordinal), await ListAsync());
        Assert.Equal([web], await ListAsync(("VSwitchName", "web")));
        Assert.Equal([db], await ListAsync(("ZoneId", "cn-hangzhou-i")));
        Assert.Equal([db], await ListAsync(("VSwitchId", db)));
        Assert.Equal([db], await ListAsync(("Tag.1.Key", "tier")));
        Assert.Equal([web], await ListAsync(("EnableIpv6", "true")));
        Assert.Equal([db], await ListAsync(("EnableIpv6", "false")));
        Assert.Equal(2, (await ListAsync(("RouteTableId", "vtb-" + vpcId[4..]))).Length);
        Assert.Empty(await ListAsync(("RouteTableId", "vtb-somewhereelse000000000")));
        Assert.Empty(await ListAsync(("IsDefault", "true")));
        Assert.Empty(await ListAsync(("VSwitchOwnerId", ApiHostFixture.Bob.AccountId)));
        Assert.Equal(2, (await ListAsync(("VSwitchOwnerId", ApiHostFixture.Alice.AccountId))).Length);
        var byRouteTable = (await Alice.VpcAsync("DescribeVSwitches", ("RegionId", Region), ("RouteTableId", "vtb-" + vpcId[4..]))).Ok();
        Assert.Equal(2, byRouteTable.Element("TotalCount").GetInt32());
    }

    [Fact]
    public async Task DescribeVSwitches_Pages_ByNumberAndSize()
    {
        var vpcId = await CreateVpcAsync(Alice);
        var ids = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add((await CreateVSwitchAsync(Alice, vpcId, $"10.0.{i}.0/24")).Ok().Get("VSwitchId"));
        }

        var first = (await Alice.VpcAsync("DescribeVSwitches", ("VpcId", vpcId), ("PageSize", "2"))).Ok();
        var second = (await Alice.VpcAsync("DescribeVSwitches", ("VpcId", vpcId), ("PageSize", "2"), ("PageNumber", "2"))).Ok();

        Assert.Equal(3, first.Element("TotalCount").GetInt32());
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), Ids(first, "VSwitches.VSwitch", "VSwitchId").Concat(Ids(second, "VSwitches.VSwitch", "VSwitchId")));
    }

    [Fact]
    public async Task DescribeVSwitches_AnotherTenantsVpc_ListsNothing()
    {
        var alice = await ApiRegion.CreateAsync(Alice);

        var byVpc = (await Bob.VpcAsync("DescribeVSwitches", ("VpcId", alice.VpcId))).Ok();
        var byId = (await Bob.VpcAsync("DescribeVSwitches", ("RegionId", Region), ("VSwitchId", alice.VSwitchId))).Ok();

        Assert.Equal(0, byVpc.Element("TotalCount").GetInt32());
        Assert.Empty(byVpc.Element("VSwitches.VSwitch").EnumerateArray());
        Assert.Empty(byId.Element("VSwitches.VSwitch").EnumerateArray());
    }

    [Theory]
    [InlineData("PageSize", "51", "InvalidPageSize.Malformed")]
    [InlineData("PageNumber", "x", "InvalidPageNumber.Malformed")]
    [InlineData("IsDefault", "maybe", "InvalidIsDefault.Malformed")]
    [InlineData("EnableIpv6", "1", "InvalidEnableIpv6.Malformed")]
    [InlineData("VSwitchOwnerId", "abc", "InvalidVSwitchOwnerId.Malformed")]
    [InlineData("DryRun", "true", "DryRunOperation")]
    public async Task DescribeVSwitches_BadParameterOrDryRun_IsRefused(string parameter, string value, string code)
    {
        var response = await Alice.VpcAsync("DescribeVSwitches", ("RegionId", Region), (parameter, value));

        response.Fails(code, 400);
    }

    [Fact]
    public async Task DescribeVSwitches_NeitherRegionNorVpc_IsMissingParameter()
    {
        (await Alice.VpcAsync("DescribeVSwitches")).Fails("MissingParameter", 400);
        (await Alice.VpcAsync("DescribeVSwitches", ("RegionId", "mars-north-1"))).Fails("InvalidRegionId.NotFound", 404);
    }

    // ---- DeleteVSwitch ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task DeleteVSwitch_Empty_IsGoneAndLeavesTheVpc()
    {
        var region = await ApiRegion.CreateAsync(Alice);

        (await Alice.VpcAsync("DeleteVSwitch", ("RegionId", Region), ("VSwitchId", region.VSwitchId))).Ok();

        Assert.Empty((await Alice.VpcAsync("DescribeVSwitches", ("VpcId", region.VpcId))).Ok().Element("VSwitches.VSwitch").EnumerateArray());
        Assert.Empty((await DescribeVpcAsync(Alice, region.VpcId)).GetProperty("VSwitchIds").GetProperty("VSwitchId").EnumerateArray());
        (await Alice.VpcAsync("DeleteVSwitch", ("VSwitchId", region.VSwitchId))).Fails("InvalidVSwitchId.NotFound", 404);
    }

    [Fact]
    public async Task DeleteVSwitch_WithAllocatedAddresses_IsDependencyViolation400()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var owner = new ResourceOwner(ApiHostFixture.Alice.AccountId, Region);
        var vSwitch = Grains.GetGrain<IVSwitchGrain>(region.VSwitchId);
        var allocated = await vSwitch.AllocateAsync(owner, 1);

        var refused = await Alice.VpcAsync("DeleteVSwitch", ("RegionId", Region), ("VSwitchId", region.VSwitchId));
        var dryRun = await Alice.VpcAsync("DeleteVSwitch", ("VSwitchId", region.VSwitchId), ("DryRun", "true"));
        await vSwitch.ReleaseAsync(owner, allocated.Value!.Addresses);
        var emptyDryRun = await Alice.VpcAsync("DeleteVSwitch", ("VSwitchId", region.VSwitchId), ("DryRun", "true"));

        refused.Fails("DependencyViolation", 400);
        dryRun.Fails("DependencyViolation", 400);
        emptyDryRun.Fails("DryRunOperation", 400);
        (await Alice.VpcAsync("DeleteVSwitch", ("VSwitchId", region.VSwitchId))).Ok();
    }

    [Theory]
    [InlineData("vsw-doesnotexist00000000000")]
    [InlineData("vsw-NOT_AN_ID")]
    [InlineData("sg-0123456789abcdefghij")]
    public async Task DeleteVSwitch_UnknownOrMalformedId_IsNotFound(string vSwitchId)
    {
        (await Alice.VpcAsync("DeleteVSwitch", ("RegionId", Region), ("VSwitchId", vSwitchId))).Fails("InvalidVSwitchId.NotFound", 404);
    }

    [Fact]
    public async Task DeleteVSwitch_AnotherTenants_IsNotFoundAndStays()
    {
        var alice = await ApiRegion.CreateAsync(Alice);

        (await Bob.VpcAsync("DeleteVSwitch", ("RegionId", Region), ("VSwitchId", alice.VSwitchId))).Fails("InvalidVSwitchId.NotFound", 404);
        (await Bob.VpcAsync("DeleteVSwitch", ("VSwitchId", alice.VSwitchId), ("DryRun", "true"))).Fails("InvalidVSwitchId.NotFound", 404);

        Assert.Equal(alice.VSwitchId, (await DescribeVSwitchAsync(Alice, alice.VSwitchId)).GetProperty("VSwitchId").GetString());
    }

    [Fact]
    public async Task DeleteVSwitch_BadParameters_AreRefused()
    {
        (await Alice.VpcAsync("DeleteVSwitch", ("RegionId", Region))).Fails("MissingVSwitchId", 400);
        (await Alice.VpcAsync("DeleteVSwitch", ("VSwitchId", "vsw-x"), ("DryRun", "sure"))).Fails("InvalidDryRun.Malformed", 400);
        (await Alice.VpcAsync("DeleteVSwitch", ("RegionId", "mars-north-1"), ("VSwitchId", "vsw-x"))).Fails("InvalidRegionId.NotFound", 404);
    }

    // ---- DeleteVpc --------------------------------------------------------------------------------------------------

    [Fact]
    public async Task DeleteVpc_Empty_IsGone()
    {
        var vpcId = await CreateVpcAsync(Alice, ("EnableIpv6", "true"));

        (await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId))).Ok();

        var listed = (await Alice.VpcAsync("DescribeVpcs", ("RegionId", Region), ("VpcId", vpcId))).Ok();
        Assert.Empty(listed.Element("Vpcs.Vpc").EnumerateArray());
        (await Alice.VpcAsync("DeleteVpc", ("VpcId", vpcId))).Fails("InvalidVpcId.NotFound", 404);
    }

    [Fact]
    public async Task DeleteVpc_WithVSwitch_IsDependencyViolation400_EvenForced()
    {
        var region = await ApiRegion.CreateAsync(Alice);

        var refused = await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", region.VpcId));
        var forced = await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", region.VpcId), ("ForceDelete", "true"));
        var dryRun = await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", region.VpcId), ("DryRun", "true"));

        refused.Fails("DependencyViolation.VSwitch", 400);
        forced.Fails("DependencyViolation.VSwitch", 400);
        dryRun.Fails("DependencyViolation.VSwitch", 400);
        Assert.Equal([region.VSwitchId], Ids((await Alice.VpcAsync("DescribeVSwitches", ("VpcId", region.VpcId))).Ok(), "VSwitches.VSwitch", "VSwitchId"));
    }

    [Fact]
    public async Task DeleteVpc_WithSecurityGroup_IsDependencyViolationSecurityGroup400()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        await region.CreateSecurityGroupAsync();
        (await Alice.VpcAsync("DeleteVSwitch", ("VSwitchId", region.VSwitchId))).Ok();

        var refused = await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", region.VpcId), ("ForceDelete", "true"));
        var dryRun = await Alice.VpcAsync("DeleteVpc", ("VpcId", region.VpcId), ("DryRun", "true"));

        refused.Fails("DependencyViolation.SecurityGroup", 400);
        dryRun.Fails("DependencyViolation.SecurityGroup", 400);
    }

    [Fact]
    public async Task DeleteVpc_WithNetworkInterface_IsDependencyViolationInstance400()
    {
        var vpcId = await CreateVpcAsync(Alice);
        var owner = new ResourceOwner(ApiHostFixture.Alice.AccountId, Region);
        var vpc = Grains.GetGrain<IVpcGrain>(vpcId);
        const string eni = "eni-vpcactionstest000001";
        await vpc.RegisterAddressesAsync(owner, eni, AddressSet.Of(IpCidr.Parse("10.0.1.10")));

        var refused = await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId));
        var dryRun = await Alice.VpcAsync("DeleteVpc", ("VpcId", vpcId), ("DryRun", "true"));
        await vpc.UnregisterAddressesAsync(eni);

        refused.Fails("DependencyViolation.Instance", 400);
        dryRun.Fails("DependencyViolation.Instance", 400);
        (await Alice.VpcAsync("DeleteVpc", ("VpcId", vpcId), ("DryRun", "true"))).Fails("DryRunOperation", 400);
        (await Alice.VpcAsync("DeleteVpc", ("VpcId", vpcId))).Ok();
    }

    [Fact]
    public async Task DeleteVpc_WithoutRegionId_FindsTheVpcInItsRegion()
    {
        var vpcId = (await Alice.VpcAsync("CreateVpc", ("RegionId", "cn-beijing"), ("CidrBlock", "10.0.0.0/16"))).Ok().Get("VpcId");

        (await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId))).Fails("InvalidVpcId.NotFound", 404);
        (await Alice.VpcAsync("DeleteVpc", ("VpcId", vpcId))).Ok();
    }

    [Fact]
    public async Task DeleteVpc_SameClientToken_AnswersTheFirstSuccessAgain()
    {
        var vpcId = await CreateVpcAsync(Alice);
        var token = Guid.NewGuid().ToString();

        var first = await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId), ("ClientToken", token));
        var repeat = await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId), ("ClientToken", token));

        first.Ok();
        repeat.Ok();
        (await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId))).Fails("InvalidVpcId.NotFound", 404);
    }

    [Fact]
    public async Task DeleteVpc_AnotherTenants_IsNotFoundAndStays()
    {
        var vpcId = await CreateVpcAsync(Alice);

        (await Bob.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId))).Fails("InvalidVpcId.NotFound", 404);
        (await Bob.VpcAsync("DeleteVpc", ("VpcId", vpcId), ("DryRun", "true"))).Fails("InvalidVpcId.NotFound", 404);

        Assert.Equal(vpcId, (await DescribeVpcAsync(Alice, vpcId)).GetProperty("VpcId").GetString());
    }

    [Theory]
    [InlineData("vpc-doesnotexist00000000000")]
    [InlineData("vpc-Bad-Id")]
    [InlineData("vsw-0123456789abcdefghijk")]
    public async Task DeleteVpc_UnknownOrMalformedId_IsNotFound(string vpcId)
    {
        (await Alice.VpcAsync("DeleteVpc", ("RegionId", Region), ("VpcId", vpcId))).Fails("InvalidVpcId.NotFound", 404);
    }

    [Fact]
    public async Task DeleteVpc_BadParameters_AreRefused()
    {
        (await Alice.VpcAsync("DeleteVpc", ("RegionId", Region))).Fails("MissingVpcId", 400);
        (await Alice.VpcAsync("DeleteVpc", ("VpcId", "vpc-x"), ("ForceDelete", "perhaps"))).Fails("InvalidForceDelete.Malformed", 400);
        (await Alice.VpcAsync("DeleteVpc", ("VpcId", "vpc-x"), ("DryRun", "perhaps"))).Fails("InvalidDryRun.Malformed", 400);
        (await Alice.VpcAsync("DeleteVpc", ("RegionId", "mars-north-1"), ("VpcId", "vpc-x"))).Fails("InvalidRegionId.NotFound", 404);
    }
}
