using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>DescribeNetworkInterfaces over HTTP: the fields, every filter, both pagination styles, tenant isolation.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class DescribeNetworkInterfacesTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;
    private const string List = "NetworkInterfaceSets.NetworkInterfaceSet";

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task DescribeNetworkInterfaces_AttachedSecondary_ShowsEveryField(SignatureMode mode)
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice, mode));
        var group = await region.CreateSecurityGroupAsync();
        var instance = await region.RunInstanceAsync([group]);
        var eni = (await region.CreateEniAsync([group], ("NetworkInterfaceName", "data"), ("Description", "data plane"),
            ("PrivateIpAddress.1", "10.0.1.50"), ("Ipv6Address.1", region.Ipv6("50")), ("Tag.1.Key", "k"), ("Tag.1.Value", "v"), ("ResourceGroupId", "rg-1"))).Get("NetworkInterfaceId");
        (await region.Client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instance), ("NetworkInterfaceId", eni))).Ok();

        var set = await region.DescribeEniAsync(eni);

        Assert.Equal(("data", "data plane", "InUse", "Secondary"), (set.Text("NetworkInterfaceName"), set.Text("Description"), set.Text("Status"), set.Text("Type")));
        Assert.Equal((instance, instance), (set.Text("InstanceId"), set.Text("Attachment.InstanceId")));
        Assert.Equal((region.VpcId, region.VSwitchId, ApiRegion.ZoneId), (set.Text("VpcId"), set.Text("VSwitchId"), set.Text("ZoneId")));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", set.Text("CreationTime"));
        Assert.False(set.GetProperty("DeleteOnRelease").GetBoolean());
        Assert.False(set.GetProperty("ServiceManaged").GetBoolean());
        Assert.Equal(ApiHostFixture.Alice.AccountId, set.Text("OwnerId"));
        Assert.Equal("rg-1", set.Text("ResourceGroupId"));
        Assert.Equal([group], set.Strings("SecurityGroupIds.SecurityGroupId"));
        var ips = set.GetProperty("PrivateIpSets").GetProperty("PrivateIpSet");
        Assert.Equal(set.Text("PrivateIpAddress"), ips[0].Text("PrivateIpAddress"));
        Assert.True(ips[0].GetProperty("Primary").GetBoolean());
        Assert.Equal("10.0.1.50", ips[1].Text("PrivateIpAddress"));
        Assert.Equal(region.Ipv6("50"), set.GetProperty("Ipv6Sets").GetProperty("Ipv6Set")[0].Text("Ipv6Address"));
        Assert.Equal("v", set.GetProperty("Tags").GetProperty("Tag")[0].Text("TagValue"));
        Assert.Matches("^00:16:3e:", set.Text("MacAddress"));
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_Filters_SelectTheMatchingEnis()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var db = await region.CreateSecurityGroupAsync(name: "db");
        var instance = await region.RunInstanceAsync([web], ("PrivateIpAddress", "10.0.1.5"));
        var primary = (await region.DescribeInstanceAsync(instance)).GetProperty("NetworkInterfaces").GetProperty("NetworkInterface")[0].Text("NetworkInterfaceId");
        var tagged = (await region.CreateEniAsync([web], ("NetworkInterfaceName", "tagged"), ("Tag.1.Key", "tier"), ("Tag.1.Value", "front"),
            ("PrimaryIpAddress", "10.0.1.60"), ("PrivateIpAddress.1", "10.0.1.61"), ("ResourceGroupId", "rg-front"))).Get("NetworkInterfaceId");
        var inDb = (await region.CreateEniAsync([db], ("Ipv6Address.1", region.Ipv6("61")))).Get("NetworkInterfaceId");
        (await client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instance), ("NetworkInterfaceId", inDb))).Ok();

        async Task<string[]> Find(params (string Name, string Value)[] filters) =>
            (await client.EcsAsync("DescribeNetworkInterfaces", [("RegionId", Region), ("VpcId", region.VpcId), ("PageSize", "100"), .. filters])).Ok().Ids(List, "NetworkInterfaceId");

        Assert.Equal(new[] { primary, tagged, inDb }.Order(StringComparer.Ordinal).Reverse(), await Find());
        Assert.Equal([tagged], await Find(("SecurityGroupId", web)));
        Assert.Equal([inDb], await Find(("SecurityGroupId", db)));
        Assert.Equal([primary], await Find(("SecurityGroupId", web), ("Type", "Primary")));
        Assert.Equal([primary], await Find(("Type", "primary")));
        Assert.Equal([tagged], await Find(("Status", "Available")));
        Assert.Equal(new[] { primary, inDb }.Order(StringComparer.Ordinal).Reverse(), await Find(("InstanceId", instance)));
        Assert.Equal([tagged], await Find(("NetworkInterfaceName", "tagged")));
        Assert.Equal([tagged], await Find(("PrimaryIpAddress", "10.0.1.60")));
        Assert.Equal([tagged], await Find(("PrivateIpAddress.1", "10.0.1.61")));
        Assert.Equal(new[] { primary, tagged }.Order(StringComparer.Ordinal).Reverse(), await Find(("PrivateIpAddress.1", "10.0.1.5"), ("PrivateIpAddress.2", "10.0.1.60")));
        Assert.Equal([inDb], await Find(("Ipv6Address.1", Expanded(region.Ipv6("61")))));
        Assert.Equal([tagged], await Find(("Tag.1.Key", "tier")));
        Assert.Equal([tagged], await Find(("ResourceGroupId", "rg-front")));
        Assert.Equal([inDb], await Find(("NetworkInterfaceId.1", inDb), ("NetworkInterfaceId.2", "eni-unknown0000000000000")));
        Assert.Equal([tagged], await Find(("VSwitchId", region.VSwitchId), ("Tag.1.Key", "tier"), ("Tag.1.Value", "front")));
        Assert.Empty(await Find(("Tag.1.Key", "tier"), ("Tag.1.Value", "back")));
        Assert.Empty(await Find(("ServiceManaged", "true")));
        Assert.Equal(3, (await Find(("ServiceManaged", "false"))).Length);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_Pagination_BothStyles()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var group = await region.CreateSecurityGroupAsync();
        var created = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            created.Add(await region.CreateEniIdAsync(group));
        }

        var expected = created.Order(StringComparer.Ordinal).Reverse().ToArray();

        var page2 = (await client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", region.VpcId), ("PageNumber", "2"), ("PageSize", "5"))).Ok();
        Assert.Equal(expected[5..10], page2.Ids(List, "NetworkInterfaceId"));
        Assert.Equal((12, 2, 5), (page2.Element("TotalCount").GetInt32(), page2.Element("PageNumber").GetInt32(), page2.Element("PageSize").GetInt32()));
        var defaults = (await client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", region.VpcId))).Ok();
        Assert.Equal(10, defaults.Ids(List, "NetworkInterfaceId").Length);

        // MaxResults below 10 is raised to 10; the token walks the rest; TotalCount is not given in token style.
        var first = (await client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", region.VpcId), ("MaxResults", "3"))).Ok();
        Assert.Equal(expected[..10], first.Ids(List, "NetworkInterfaceId"));
        Assert.False(first.Body.TryGetProperty("TotalCount", out _));
        var token = first.Get("NextToken");
        Assert.NotEmpty(token);
        var rest = (await client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", region.VpcId), ("MaxResults", "10"), ("NextToken", token))).Ok();
        Assert.Equal(expected[10..], rest.Ids(List, "NetworkInterfaceId"));
        Assert.Equal("", rest.Get("NextToken"));
        var large = (await client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", region.VpcId), ("MaxResults", "5000"))).Ok();
        Assert.Equal(expected, large.Ids(List, "NetworkInterfaceId"));
    }

    [Theory]
    [InlineData("Type", "Trunk", "InvalidType.Malformed")]
    [InlineData("Status", "Broken", "InvalidStatus.Malformed")]
    [InlineData("PrimaryIpAddress", "10.0.1.300", "InvalidPrimaryIpAddress.Malformed")]
    [InlineData("PrivateIpAddress.1", "x", "InvalidPrivateIpAddress.Malformed")]
    [InlineData("Ipv6Address.1", "10.0.0.1", "InvalidIpv6Address.Malformed")]
    [InlineData("PageSize", "1001", "InvalidPageSize.Malformed")]
    [InlineData("PageNumber", "0", "InvalidPageNumber.Malformed")]
    [InlineData("MaxResults", "ten", "InvalidMaxResults.Malformed")]
    [InlineData("ServiceManaged", "yes", "InvalidServiceManaged.Malformed")]
    [InlineData("NetworkInterfaceId.0", "eni-x", "InvalidNetworkInterfaceId.Malformed")]
    public async Task DescribeNetworkInterfaces_BadFilter_IsMalformed(string parameter, string value, string code)
    {
        var response = await host.Client(ApiHostFixture.Alice).EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), (parameter, value));

        response.Fails(code, 400);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_TooManyIdsOrNoRegion_AreRefused()
    {
        var client = host.Client(ApiHostFixture.Alice);
        (string, string)[] ids = [.. Enumerable.Range(1, 101).Select(i => ($"NetworkInterfaceId.{i}", $"eni-{i}"))];

        (await client.EcsAsync("DescribeNetworkInterfaces", [("RegionId", Region), .. ids])).Fails("InvalidNetworkInterfaceId.Malformed", 400);
        (await client.EcsAsync("DescribeNetworkInterfaces")).Fails("MissingRegionId", 400);
        (await client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", "mars-1"))).Fails("InvalidRegionId.NotFound", 404);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_AnotherTenantsEni_IsNotListed()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var eni = await alice.CreateEniIdAsync(await alice.CreateSecurityGroupAsync());

        var seen = (await host.Client(ApiHostFixture.Bob).EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("NetworkInterfaceId.1", eni))).Ok();
        var byVpc = (await host.Client(ApiHostFixture.Bob).EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", alice.VpcId))).Ok();

        Assert.Empty(seen.Element(List).EnumerateArray());
        Assert.Empty(byVpc.Element(List).EnumerateArray());
        Assert.Equal(0, byVpc.Element("TotalCount").GetInt32());
    }

    /// <summary>An IPv6 address written out in full (every group, leading zeros): another spelling of the same address.</summary>
    private static string Expanded(string address)
    {
        var bytes = System.Net.IPAddress.Parse(address).GetAddressBytes();
        return string.Join(':', Enumerable.Range(0, 8).Select(i => $"{bytes[2 * i]:x2}{bytes[(2 * i) + 1]:x2}"));
    }
}
