using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using static SgGrid.Api.Tests.Ecs.Actions.SecurityGroupTestCalls;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>DescribeSecurityGroups and DescribeSecurityGroupAttribute over HTTP: filters, both paginations, fields, errors, isolation.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class SecurityGroupDescribeTests(ApiHostFixture host)
{
    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private static JsonElement[] Groups(EcsResponse response) => [.. response.Element("SecurityGroups.SecurityGroup").EnumerateArray()];

    private static string[] GroupIds(EcsResponse response) => [.. Groups(response).Select(g => g.GetProperty("SecurityGroupId").GetString()!)];

    private Task<EcsResponse> DescribeAsync(params (string Name, string Value)[] parameters) =>
        Alice.EcsAsync("DescribeSecurityGroups", [("RegionId", RegionId), .. parameters]);

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task DescribeGroups_ByVpc_ListsItsGroupsByIdDescendingWithTheirFields(SignatureMode mode)
    {
        var client = host.Client(ApiHostFixture.Alice, mode);
        var region = await ApiRegion.CreateAsync(client);
        var basic = (await client.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", region.VpcId), ("SecurityGroupName", "basic-one"),
            ("Description", "the basic one"), ("ResourceGroupId", "rg-test"), ("Tag.1.Key", "env"), ("Tag.1.Value", "dev"))).Ok().Get("SecurityGroupId");
        var advanced = await region.CreateSecurityGroupAsync("enterprise");
        (await client.AuthorizeAsync(basic, [.. TcpFrom(1, "22/22"), .. Permission(2, ("IpProtocol", "TCP"), ("PortRange", "80/80"), ("SourceGroupId", await region.CreateSecurityGroupAsync()))])).Ok();
        (await client.AuthorizeEgressAsync(basic, TcpTo(1, "443/443"))).Ok();

        var response = (await client.EcsAsync("DescribeSecurityGroups", ("RegionId", RegionId), ("VpcId", region.VpcId))).Ok();

        Assert.Equal(RegionId, response.Get("RegionId"));
        Assert.Equal(3, response.Element("TotalCount").GetInt32());
        Assert.Equal(1, response.Element("PageNumber").GetInt32());
        Assert.Equal(10, response.Element("PageSize").GetInt32());
        var ids = GroupIds(response);
        Assert.Equal(ids.Order(StringComparer.Ordinal).Reverse(), ids);
        var group = Groups(response).Single(g => g.GetProperty("SecurityGroupId").GetString() == basic);
        Assert.Equal("basic-one", group.GetProperty("SecurityGroupName").GetString());
        Assert.Equal("the basic one", group.GetProperty("Description").GetString());
        Assert.Equal(region.VpcId, group.GetProperty("VpcId").GetString());
        Assert.Equal("normal", group.GetProperty("SecurityGroupType").GetString());
        Assert.Equal("rg-test", group.GetProperty("ResourceGroupId").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", group.GetProperty("CreationTime").GetString());
        Assert.False(group.GetProperty("ServiceManaged").GetBoolean());
        Assert.False(group.TryGetProperty("ServiceID", out _));
        Assert.Equal(3, group.GetProperty("RuleCount").GetInt32());
        Assert.Equal(1, group.GetProperty("GroupToGroupRuleCount").GetInt32());
        Assert.Equal(0, group.GetProperty("EcsCount").GetInt32());
        Assert.Equal(6000, group.GetProperty("AvailableInstanceAmount").GetInt32());
        var tag = Assert.Single(group.GetProperty("Tags").GetProperty("Tag").EnumerateArray().ToArray());
        Assert.Equal("env", tag.GetProperty("TagKey").GetString());
        Assert.Equal("dev", tag.GetProperty("TagValue").GetString());
        var enterprise = Groups(response).Single(g => g.GetProperty("SecurityGroupId").GetString() == advanced);
        Assert.Equal("enterprise", enterprise.GetProperty("SecurityGroupType").GetString());
        Assert.Equal(65536, enterprise.GetProperty("AvailableInstanceAmount").GetInt32());
        Assert.Empty(enterprise.GetProperty("Tags").GetProperty("Tag").EnumerateArray());
    }

    [Fact]
    public async Task DescribeGroups_EcsCount_CountsInstancesOnce_NotEnis()
    {
        // Issue 16: EcsCount counts instances, each once whichever of its ENIs is in the group; an ENI without an instance
        // counts against the capacity (AvailableInstanceAmount), not as an instance.
        var region = await ApiRegion.CreateAsync(Alice);
        var g = await region.CreateSecurityGroupAsync();
        var h = await region.CreateSecurityGroupAsync();
        (string, string)[] secondaryInG = [("NetworkInterface.1.InstanceType", "Secondary"), ("NetworkInterface.1.SecurityGroupId", g)];
        await region.RunInstanceAsync([g]);                  // primary in G
        await region.RunInstanceAsync([h], secondaryInG);    // only a secondary ENI in G
        await region.RunInstanceAsync([g], secondaryInG);    // primary and secondary in G: one instance
        await region.CreateEniIdAsync(g);                    // no instance

        var group = Assert.Single(Groups((await DescribeAsync(("SecurityGroupId", g))).Ok()));

        Assert.Equal(3, group.GetProperty("EcsCount").GetInt32());
        Assert.Equal(6000 - 5, group.GetProperty("AvailableInstanceAmount").GetInt32());
        Assert.Equal(1, Assert.Single(Groups((await DescribeAsync(("SecurityGroupId", h))).Ok())).GetProperty("EcsCount").GetInt32());
    }

    [Fact]
    public async Task DescribeGroups_IdFilters_SelectThoseGroupsAndBothMustHold()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var a = await region.CreateSecurityGroupAsync();
        var b = await region.CreateSecurityGroupAsync();
        await region.CreateSecurityGroupAsync();

        var byJson = (await DescribeAsync(("SecurityGroupIds", JsonSerializer.Serialize(new[] { a, b, "sg-00000000000000000000" })))).Ok();
        var byOne = (await DescribeAsync(("SecurityGroupId", a))).Ok();
        var both = (await DescribeAsync(("SecurityGroupId", a), ("SecurityGroupIds", JsonSerializer.Serialize(new[] { a, b })))).Ok();
        var disjoint = (await DescribeAsync(("SecurityGroupId", a), ("SecurityGroupIds", JsonSerializer.Serialize(new[] { b })))).Ok();

        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal).Reverse(), GroupIds(byJson));
        Assert.Equal(2, byJson.Element("TotalCount").GetInt32());
        Assert.Equal([a], GroupIds(byOne));
        Assert.Equal([a], GroupIds(both));
        Assert.Empty(GroupIds(disjoint));
        Assert.Equal(0, disjoint.Element("TotalCount").GetInt32());
    }

    [Fact]
    public async Task DescribeGroups_AttributeFilters_SelectTheMatchingGroups()
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        var tagged = (await client.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", region.VpcId), ("SecurityGroupName", "tagged-one"),
            ("ResourceGroupId", "rg-blue"), ("Tag.1.Key", "team"), ("Tag.1.Value", "net"))).Ok().Get("SecurityGroupId");
        var advanced = await region.CreateSecurityGroupAsync("enterprise", "plain-one");
        var managed = (await host.Client(ApiHostFixture.AliceCloudService).EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", region.VpcId), ("ServiceManaged", "true"))).Ok().Get("SecurityGroupId");
        var vpc = ("VpcId", region.VpcId);

        Assert.Equal([tagged], GroupIds((await DescribeAsync(vpc, ("SecurityGroupName", "tagged-one"))).Ok()));
        Assert.Equal([advanced], GroupIds((await DescribeAsync(vpc, ("SecurityGroupType", "enterprise"))).Ok()));
        Assert.Equal([tagged], GroupIds((await DescribeAsync(vpc, ("ResourceGroupId", "rg-blue"))).Ok()));
        Assert.Equal([tagged], GroupIds((await DescribeAsync(vpc, ("Tag.1.Key", "team"), ("Tag.1.Value", "net"))).Ok()));
        Assert.Equal([tagged], GroupIds((await DescribeAsync(vpc, ("Tag.1.Key", "team"))).Ok()));
        Assert.Empty(GroupIds((await DescribeAsync(vpc, ("Tag.1.Key", "team"), ("Tag.1.Value", "other"))).Ok()));
        Assert.Equal([managed], GroupIds((await DescribeAsync(vpc, ("ServiceManaged", "true"))).Ok()));
        Assert.Equal(2, GroupIds((await DescribeAsync(vpc, ("ServiceManaged", "false"))).Ok()).Length);
        Assert.Equal(3, GroupIds((await DescribeAsync(vpc, ("NetworkType", "vpc"))).Ok()).Length);
        Assert.Empty(GroupIds((await DescribeAsync(vpc, ("NetworkType", "classic"))).Ok()));
        var managedGroup = Assert.Single(Groups((await DescribeAsync(("SecurityGroupId", managed))).Ok()));
        Assert.True(managedGroup.GetProperty("ServiceManaged").GetBoolean());
        Assert.Equal(JsonValueKind.Number, managedGroup.GetProperty("ServiceID").ValueKind);
    }

    [Fact]
    public async Task DescribeGroups_PageNumberAndSize_WalkTheListWithTotalCount()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        for (var i = 0; i < 5; i++)
        {
            await region.CreateSecurityGroupAsync();
        }

        var vpc = ("VpcId", region.VpcId);
        var first = (await DescribeAsync(vpc, ("PageNumber", "1"), ("PageSize", "2"))).Ok();
        var third = (await DescribeAsync(vpc, ("PageNumber", "3"), ("PageSize", "2"))).Ok();
        var beyond = (await DescribeAsync(vpc, ("PageNumber", "4"), ("PageSize", "2"))).Ok();
        var all = (await DescribeAsync(vpc, ("PageSize", "50"))).Ok();

        Assert.Equal(5, first.Element("TotalCount").GetInt32());
        Assert.Equal(2, first.Element("PageSize").GetInt32());
        Assert.Equal(GroupIds(all)[..2], GroupIds(first));
        Assert.Equal(3, third.Element("PageNumber").GetInt32());
        Assert.Equal(GroupIds(all)[4..], GroupIds(third));
        Assert.Empty(GroupIds(beyond));
        Assert.False(first.Body.TryGetProperty("NextToken", out _));
    }

    [Fact]
    public async Task DescribeGroups_MaxResultsAndNextToken_WalkTheListWithoutTotalCount()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        for (var i = 0; i < 5; i++)
        {
            await region.CreateSecurityGroupAsync();
        }

        var seen = new List<string>();
        string? token = null;
        var calls = 0;
        do
        {
            (string, string)[] next = token is null ? [] : [("NextToken", token)];
            var page = (await DescribeAsync([("VpcId", region.VpcId), ("MaxResults", "2"), .. next])).Ok();
            Assert.False(page.Body.TryGetProperty("TotalCount", out _));
            Assert.False(page.Body.TryGetProperty("PageNumber", out _));
            seen.AddRange(GroupIds(page));
            token = page.Body.TryGetProperty("NextToken", out var value) ? value.GetString() : null;
            calls++;
        }
        while (token is not null);

        Assert.Equal(3, calls);
        Assert.Equal(GroupIds((await DescribeAsync(("VpcId", region.VpcId))).Ok()), seen);
    }

    [Theory]
    [InlineData("PageSize", "51", "InvalidPageSize.Malformed")]
    [InlineData("PageSize", "0", "InvalidPageSize.Malformed")]
    [InlineData("PageNumber", "0", "InvalidPageNumber.Malformed")]
    [InlineData("MaxResults", "101", "InvalidMaxResults.Malformed")]
    [InlineData("NextToken", "garbage", "InvalidNextToken.Malformed")]
    [InlineData("SecurityGroupIds", "[\"sg-1\"", "InvalidSecurityGroupIds.Malformed")]
    [InlineData("SecurityGroupType", "premium", "InvalidSecurityGroupType.Malformed")]
    [InlineData("NetworkType", "dialup", "InvalidNetworkType.Malformed")]
    [InlineData("ServiceManaged", "maybe", "InvalidServiceManaged.Malformed")]
    [InlineData("DryRun", "yes", "InvalidDryRun.Malformed")]
    public async Task DescribeGroups_BadParameter_IsMalformed(string parameter, string value, string code)
    {
        (await DescribeAsync((parameter, value))).Fails(code, 400);
    }

    [Fact]
    public async Task DescribeGroups_MoreThan100Ids_IsMalformed()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"sg-{i:D20}").ToArray();

        (await DescribeAsync(("SecurityGroupIds", JsonSerializer.Serialize(ids)))).Fails("InvalidSecurityGroupIds.Malformed", 400);
    }

    [Fact]
    public async Task DescribeGroups_DryRun_IsDryRunOperation()
    {
        (await DescribeAsync(("DryRun", "true"))).Fails("DryRunOperation", 400);
        (await DescribeAsync(("DryRun", "false"))).Ok();
    }

    [Fact]
    public async Task DescribeGroups_NoRegion_IsMissingRegionId()
    {
        (await Alice.EcsAsync("DescribeSecurityGroups")).Fails("MissingRegionId", 400);
    }

    [Fact]
    public async Task DescribeGroups_AnotherTenantsIds_AreAbsent()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var groupId = await region.CreateSecurityGroupAsync();
        var bob = host.Client(ApiHostFixture.Bob);

        var byId = (await bob.EcsAsync("DescribeSecurityGroups", ("RegionId", RegionId), ("SecurityGroupId", groupId))).Ok();
        var byVpc = (await bob.EcsAsync("DescribeSecurityGroups", ("RegionId", RegionId), ("VpcId", region.VpcId))).Ok();

        Assert.Empty(GroupIds(byId));
        Assert.Empty(GroupIds(byVpc));
        Assert.Equal(0, byVpc.Element("TotalCount").GetInt32());
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task DescribeAttribute_Group_ShowsItsAttributes(SignatureMode mode)
    {
        var client = host.Client(ApiHostFixture.Alice, mode);
        var region = await ApiRegion.CreateAsync(client);
        var groupId = (await client.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", region.VpcId), ("SecurityGroupName", "described"),
            ("Description", "what it is"))).Ok().Get("SecurityGroupId");

        var response = (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId)).Ok();

        Assert.Equal(RegionId, response.Get("RegionId"));
        Assert.Equal(groupId, response.Get("SecurityGroupId"));
        Assert.Equal("described", response.Get("SecurityGroupName"));
        Assert.Equal("what it is", response.Get("Description"));
        Assert.Equal(region.VpcId, response.Get("VpcId"));
        Assert.Equal("Accept", response.Get("InnerAccessPolicy"));
        Assert.Empty(response.Element("Permissions.Permission").EnumerateArray());
        Assert.False(response.Body.TryGetProperty("NextToken", out _));
    }

    [Fact]
    public async Task DescribeAttribute_Direction_SelectsTheRules()
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        var groupId = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "22/22"), .. TcpFrom(2, "80/80")])).Ok();
        (await client.AuthorizeEgressAsync(groupId, TcpTo(1, "443/443"))).Ok();

        Assert.Equal(2, (await client.RulesAsync(groupId, "ingress")).Count);
        Assert.Single(await client.RulesAsync(groupId, "Egress"));
        Assert.Equal(3, (await client.RulesAsync(groupId, "all")).Count);
        Assert.Equal(3, (await client.RulesAsync(groupId)).Count);
        (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId, ("Direction", "inbound"))).Fails("InvalidDirection.Malformed", 400);
    }

    [Fact]
    public async Task DescribeAttribute_Protocols_AreSpelledAsEcsAnswersThem()
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        var groupId = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(groupId,
        [
            .. Permission(1, ("IpProtocol", "all"), ("PortRange", "-1/-1"), ("SourceCidrIp", "10.1.0.0/16")),
            .. Permission(2, ("IpProtocol", "gre"), ("PortRange", "-1/-1"), ("SourceCidrIp", "10.2.0.0/16")),
            .. Permission(3, ("IpProtocol", "icmpv6"), ("PortRange", "-1/-1"), ("Ipv6SourceCidrIp", "2001:db8::/64")),
            .. Permission(4, ("IpProtocol", "udp"), ("PortRange", "1/65535"), ("SourceCidrIp", "10.4.0.0/16"), ("Policy", "DROP"), ("Priority", "100")),
        ])).Ok();

        var rules = await client.RulesAsync(groupId);

        Assert.Equal(["ALL", "GRE", "ICMPv6", "UDP"], rules.Select(r => r.Field("IpProtocol")!).Order(StringComparer.Ordinal));
        var ipv6 = rules.Single(r => r.Field("IpProtocol") == "ICMPv6");
        Assert.Equal("2001:db8::/64", ipv6.Field("Ipv6SourceCidrIp"));
        Assert.Null(ipv6.Field("SourceCidrIp"));
        var udp = rules.Single(r => r.Field("IpProtocol") == "UDP");
        Assert.Equal(("1/65535", "Drop", "100"), (udp.Field("PortRange"), udp.Field("Policy"), udp.Field("Priority")));
        Assert.All(rules, r => Assert.Equal(JsonValueKind.String, r.GetProperty("Priority").ValueKind));
    }

    [Fact]
    public async Task DescribeAttribute_MaxResults_PagesThroughEveryRuleOnce()
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        var groupId = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(groupId, [.. Enumerable.Range(1, 25).SelectMany(i => TcpFrom(i, $"{1000 + i}/{1000 + i}"))])).Ok();

        var first = (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId, ("MaxResults", "10"))).Ok();
        Assert.Equal(10, first.Element("Permissions.Permission").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(first.Get("NextToken")));

        var paged = await client.RulesAsync(groupId, maxResults: 10);
        var whole = await client.RulesAsync(groupId);

        Assert.Equal(25, paged.Count);
        Assert.Equal(25, paged.Select(r => r.Field("SecurityGroupRuleId")).Distinct().Count());
        Assert.Equal(whole.Select(r => r.Field("SecurityGroupRuleId")), paged.Select(r => r.Field("SecurityGroupRuleId")));
    }

    [Fact]
    public async Task DescribeAttribute_RulesChangeBetweenPages_NoneIsSkippedOrRepeated()
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        var groupId = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(groupId, [.. Enumerable.Range(1, 20).SelectMany(i => TcpFrom(i, $"{2000 + i}/{2000 + i}"))])).Ok();
        var first = (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId, ("MaxResults", "10"))).Ok();
        var firstIds = first.Element("Permissions.Permission").EnumerateArray().Select(r => r.Field("SecurityGroupRuleId")!).ToList();

        // The token's own rule goes away, and a rule of the first page too.
        (await client.OnGroupAsync("RevokeSecurityGroup", groupId, ("SecurityGroupRuleId.1", firstIds[^1]), ("SecurityGroupRuleId.2", firstIds[0]))).Ok();
        var second = (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId, ("MaxResults", "10"), ("NextToken", first.Get("NextToken")))).Ok();

        var secondIds = second.Element("Permissions.Permission").EnumerateArray().Select(r => r.Field("SecurityGroupRuleId")!).ToList();
        Assert.Equal(10, secondIds.Count);
        Assert.Empty(secondIds.Intersect(firstIds));
        Assert.False(second.Body.TryGetProperty("NextToken", out _));
    }

    [Theory]
    [InlineData("MaxResults", "9", "InvalidMaxResults.Malformed")]
    [InlineData("MaxResults", "1001", "InvalidMaxResults.Malformed")]
    [InlineData("NextToken", "not-a-token", "InvalidNextToken.Malformed")]
    [InlineData("NextToken", "0000000000000001sg-notarule", "InvalidNextToken.Malformed")]
    [InlineData("NicType", "wired", "InvalidNicType.Malformed")]
    public async Task DescribeAttribute_BadParameter_IsMalformed(string parameter, string value, string code)
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var groupId = await region.CreateSecurityGroupAsync();

        (await Alice.OnGroupAsync("DescribeSecurityGroupAttribute", groupId, (parameter, value))).Fails(code, 400);
    }

    [Fact]
    public async Task DescribeAttribute_NicType_IsAcceptedAndSelectsTheVpcRules()
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        var groupId = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();

        var response = (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId, ("NicType", "intranet"))).Ok();

        Assert.Equal(1, response.Element("Permissions.Permission").GetArrayLength());
    }

    [Fact]
    public async Task DescribeAttribute_AnotherTenantsGroup_LooksLikeAnUnknownOne()
    {
        var region = await ApiRegion.CreateAsync(Alice);
        var groupId = await region.CreateSecurityGroupAsync();
        var bob = host.Client(ApiHostFixture.Bob);

        var foreign = await bob.OnGroupAsync("DescribeSecurityGroupAttribute", groupId);
        var unknown = await bob.OnGroupAsync("DescribeSecurityGroupAttribute", "sg-00000000000000000000");

        foreign.Fails("InvalidSecurityGroupId.NotFound", 404);
        Assert.Equal(unknown.Message, foreign.Message);
        (await bob.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", RegionId))).Fails("MissingSecurityGroupId", 400);
        Assert.Equal(groupId, (await Alice.OnGroupAsync("DescribeSecurityGroupAttribute", groupId)).Ok().Get("SecurityGroupId"));
    }
}
