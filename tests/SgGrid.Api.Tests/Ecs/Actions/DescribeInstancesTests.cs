using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>DescribeInstances over HTTP: the fields, the filters (including those answered through the primary ENIs), pagination, isolation.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class DescribeInstancesTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;
    private const string List = "Instances.Instance";

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task DescribeInstances_OneInstance_ShowsEveryField(SignatureMode mode)
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice, mode));
        var group = await region.CreateSecurityGroupAsync();
        var instance = await region.RunInstanceAsync([group], ("InstanceName", "db-1"), ("Description", "database"),
            ("PrivateIpAddress", "10.0.1.15"), ("Tag.1.Key", "role"), ("Tag.1.Value", "db"), ("ResourceGroupId", "rg-db"));

        var item = await region.DescribeInstanceAsync(instance);

        Assert.Equal(("db-1", "database", Region, ApiRegion.ZoneId), (item.Text("InstanceName"), item.Text("Description"), item.Text("RegionId"), item.Text("ZoneId")));
        Assert.Equal(("Running", NetworkCalls.InstanceType, "ecs.g7", NetworkCalls.ImageId), (item.Text("Status"), item.Text("InstanceType"), item.Text("InstanceTypeFamily"), item.Text("ImageId")));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$", item.Text("CreationTime"));
        Assert.Equal(item.Text("CreationTime"), item.Text("StartTime"));
        Assert.Equal(("vpc", "PostPaid", "rg-db"), (item.Text("InstanceNetworkType"), item.Text("InstanceChargeType"), item.Text("ResourceGroupId")));
        Assert.Equal([group], item.Strings("SecurityGroupIds.SecurityGroupId"));
        Assert.Equal((region.VpcId, region.VSwitchId), (item.Text("VpcAttributes.VpcId"), item.Text("VpcAttributes.VSwitchId")));
        Assert.Equal(["10.0.1.15"], item.Strings("VpcAttributes.PrivateIpAddress.IpAddress"));
        var eni = item.GetProperty("NetworkInterfaces").GetProperty("NetworkInterface")[0];
        Assert.Equal(("Primary", "10.0.1.15"), (eni.Text("Type"), eni.Text("PrimaryIpAddress")));
        Assert.Matches("^00:16:3e:", eni.Text("MacAddress"));
        Assert.Equal("10.0.1.15", eni.GetProperty("PrivateIpSets").GetProperty("PrivateIpSet")[0].Text("PrivateIpAddress"));
        Assert.Empty(item.Strings("PublicIpAddress.IpAddress"));
        Assert.Empty(item.GetProperty("OperationLocks").GetProperty("LockReason").EnumerateArray());
        Assert.Equal(("role", "db"), (item.GetProperty("Tags").GetProperty("Tag")[0].Text("TagKey"), item.GetProperty("Tags").GetProperty("Tag")[0].Text("TagValue")));
        Assert.False(item.TryGetProperty("Cpu", out _));
    }

    [Fact]
    public async Task DescribeInstances_Filters_SelectTheMatchingInstances()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var db = await region.CreateSecurityGroupAsync(name: "db");
        var front = await region.RunInstanceAsync([web], ("InstanceName", "front-1"), ("PrivateIpAddress", "10.0.1.21"), ("Tag.1.Key", "tier"), ("Tag.1.Value", "front"));
        var back = await region.RunInstanceAsync([db], ("InstanceName", "back-1"), ("PrivateIpAddress", "10.0.1.22"), ("InstanceType", "ecs.c7.xlarge"));
        var secondary = await region.CreateEniIdAsync(web);
        (await client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", back), ("NetworkInterfaceId", secondary))).Ok();
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", secondary), ("PrivateIpAddress.1", "10.0.1.99"))).Ok();

        async Task<string[]> Find(params (string Name, string Value)[] filters) =>
            (await client.EcsAsync("DescribeInstances", [("RegionId", Region), ("VpcId", region.VpcId), .. filters])).Ok().Ids(List, "InstanceId");

        Assert.Equal(new[] { front, back }.Order(StringComparer.Ordinal).Reverse(), await Find());
        Assert.Equal([front], await Find(("SecurityGroupId", web)));
        Assert.Equal([back], await Find(("SecurityGroupId", db)));
        Assert.Equal([front], await Find(("PrivateIpAddresses", "[\"10.0.1.21\"]")));
        Assert.Empty(await Find(("PrivateIpAddresses", "[\"10.0.1.99\"]")));
        Assert.Empty(await Find(("SecurityGroupId", web), ("InstanceIds", $"[\"{back}\"]")));
        Assert.Equal([back], await Find(("InstanceIds", $"[\"{back}\",\"i-unknown000000000000000\"]")));
        Assert.Equal([front], await Find(("InstanceName", "front*")));
        Assert.Equal([back], await Find(("InstanceName", "*k-1")));
        Assert.Equal([back], await Find(("InstanceType", "ecs.c7.xlarge")));
        Assert.Equal([front], await Find(("InstanceTypeFamily", "ecs.g7")));
        Assert.Equal([front], await Find(("Tag.1.Key", "tier"), ("Tag.1.Value", "front")));
        Assert.Equal([front], await Find(("VSwitchId", region.VSwitchId), ("ZoneId", ApiRegion.ZoneId), ("ImageId", NetworkCalls.ImageId), ("Tag.1.Key", "tier")));
        Assert.Equal(2, (await Find(("Status", "running"), ("InstanceNetworkType", "vpc"), ("InstanceChargeType", "PostPaid"))).Length);
        Assert.Empty(await Find(("Status", "Stopped")));
        Assert.Empty(await Find(("InstanceNetworkType", "classic")));
        Assert.Empty(await Find(("PublicIpAddresses", "[\"47.0.0.1\"]")));
        Assert.Empty(await Find(("KeyPairName", "mine")));
        Assert.Empty(await Find(("InstanceChargeType", "PrePaid")));
        var secondaries = (await client.EcsAsync("DescribeInstances", ("RegionId", Region), ("InstanceIds", $"[\"{back}\"]"))).Ok().Element(List)[0]
            .GetProperty("NetworkInterfaces").GetProperty("NetworkInterface");
        Assert.Equal(2, secondaries.GetArrayLength());
        Assert.Equal(("Secondary", secondary), (secondaries[1].Text("Type"), secondaries[1].Text("NetworkInterfaceId")));
    }

    [Fact]
    public async Task DescribeInstances_Pagination_BothStyles()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var group = await region.CreateSecurityGroupAsync();
        var ids = (await region.RunAsync([group], ("Amount", "12"))).Ok().Body.Strings("InstanceIdSets.InstanceIdSet");
        var expected = ids.Order(StringComparer.Ordinal).Reverse().ToArray();

        var page = (await client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId), ("PageNumber", "3"), ("PageSize", "5"))).Ok();
        Assert.Equal(expected[10..], page.Ids(List, "InstanceId"));
        Assert.Equal((12, 3, 5), (page.Element("TotalCount").GetInt32(), page.Element("PageNumber").GetInt32(), page.Element("PageSize").GetInt32()));

        var first = (await client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId), ("MaxResults", "1"))).Ok();
        Assert.Equal(expected[..10], first.Ids(List, "InstanceId"));
        Assert.False(first.Body.TryGetProperty("TotalCount", out _));
        var rest = (await client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId), ("MaxResults", "500"), ("NextToken", first.Get("NextToken")))).Ok();
        Assert.Equal(expected[10..], rest.Ids(List, "InstanceId"));
        Assert.Equal("", rest.Get("NextToken"));
    }

    [Theory]
    [InlineData("InstanceIds", "i-1", "InvalidInstanceIds.Malformed")]
    [InlineData("PrivateIpAddresses", "[\"10.0.0\"]", "InvalidPrivateIpAddresses.Malformed")]
    [InlineData("Status", "Sleeping", "InvalidStatus.Malformed")]
    [InlineData("InstanceNetworkType", "overlay", "InvalidInstanceNetworkType.Malformed")]
    [InlineData("PageSize", "101", "InvalidPageSize.Malformed")]
    [InlineData("MaxResults", "-", "InvalidMaxResults.Malformed")]
    [InlineData("DryRun", "true", "DryRunOperation")]
    public async Task DescribeInstances_BadFilter_IsRefused(string parameter, string value, string code)
    {
        var response = await host.Client(ApiHostFixture.Alice).EcsAsync("DescribeInstances", ("RegionId", Region), (parameter, value));

        response.Fails(code, 400);
    }

    [Fact]
    public async Task DescribeInstances_TooManyIdsOrNoRegion_AreRefused()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var ids = "[" + string.Join(',', Enumerable.Range(0, 101).Select(i => $"\"i-{i}\"")) + "]";

        (await client.EcsAsync("DescribeInstances", ("RegionId", Region), ("InstanceIds", ids))).Fails("InvalidInstanceIds.Malformed", 400);
        (await client.EcsAsync("DescribeInstances")).Fails("MissingRegionId", 400);
    }

    [Fact]
    public async Task DescribeInstances_AnotherTenantsInstance_IsNotListed()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var group = await alice.CreateSecurityGroupAsync();
        var instance = await alice.RunInstanceAsync([group]);
        var bob = host.Client(ApiHostFixture.Bob);

        var byId = (await bob.EcsAsync("DescribeInstances", ("RegionId", Region), ("InstanceIds", $"[\"{instance}\"]"))).Ok();
        var byGroup = (await bob.EcsAsync("DescribeInstances", ("RegionId", Region), ("SecurityGroupId", group))).Ok();

        Assert.Empty(byId.Element(List).EnumerateArray());
        Assert.Empty(byGroup.Element(List).EnumerateArray());
    }
}
