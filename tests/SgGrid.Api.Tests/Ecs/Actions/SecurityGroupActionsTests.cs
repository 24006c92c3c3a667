using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using static SgGrid.Api.Tests.Ecs.Actions.SecurityGroupTestCalls;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// DeleteSecurityGroup, ModifySecurityGroupAttribute, ModifySecurityGroupPolicy and DescribeSecurityGroupReferences over
/// HTTP, and the refusal of every write to a managed group.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class SecurityGroupActionsTests(ApiHostFixture host)
{
    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private async Task<(EcsClient Client, ApiRegion Region, string GroupId)> GroupAsync(string type = "normal")
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        return (client, region, await region.CreateSecurityGroupAsync(type));
    }

    [Fact]
    public async Task Delete_UnusedGroup_RemovesIt()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.OnGroupAsync("DeleteSecurityGroup", groupId)).Ok();

        (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId)).Fails("InvalidSecurityGroupId.NotFound", 404);
        var listed = (await client.EcsAsync("DescribeSecurityGroups", ("RegionId", RegionId), ("SecurityGroupId", groupId))).Ok();
        Assert.Empty(listed.Element("SecurityGroups.SecurityGroup").EnumerateArray());
        (await client.OnGroupAsync("DeleteSecurityGroup", groupId)).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task Delete_GroupReferencedByAnotherGroupsRule_IsDependencyViolationUntilRevoked()
    {
        var (client, region, referenced) = await GroupAsync();
        var referencing = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(referencing, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", referenced)))).Ok();

        (await client.OnGroupAsync("DeleteSecurityGroup", referenced)).Fails("DependencyViolation", 403);

        (await client.OnGroupAsync("RevokeSecurityGroup", referencing, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", referenced)))).Ok();
        (await client.OnGroupAsync("DeleteSecurityGroup", referenced)).Ok();
    }

    [Fact]
    public async Task Delete_ReferencingGroup_ReleasesTheReference()
    {
        var (client, region, referenced) = await GroupAsync();
        var referencing = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeEgressAsync(referencing, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("DestGroupId", referenced)))).Ok();

        (await client.OnGroupAsync("DeleteSecurityGroup", referencing)).Ok();

        (await client.OnGroupAsync("DeleteSecurityGroup", referenced)).Ok();
    }

    [Fact]
    public async Task Delete_AnotherTenantsGroup_LooksLikeAnUnknownOne()
    {
        var (client, _, groupId) = await GroupAsync();
        var bob = host.Client(ApiHostFixture.Bob);

        (await bob.OnGroupAsync("DeleteSecurityGroup", groupId)).Fails("InvalidSecurityGroupId.NotFound", 404);
        (await bob.OnGroupAsync("DeleteSecurityGroup", "sg-00000000000000000000")).Fails("InvalidSecurityGroupId.NotFound", 404);
        (await client.DescribeGroupAsync(groupId)).GetProperty("SecurityGroupId");
    }

    [Fact]
    public async Task Delete_MissingParameters_AreMissingCodes()
    {
        (await Alice.EcsAsync("DeleteSecurityGroup", ("RegionId", RegionId))).Fails("MissingSecurityGroupId", 400);
        (await Alice.EcsAsync("DeleteSecurityGroup", ("SecurityGroupId", "sg-00000000000000000000"))).Fails("MissingRegionId", 400);
        (await Alice.EcsAsync("DeleteSecurityGroup", ("RegionId", "mars-1"), ("SecurityGroupId", "sg-00000000000000000000"))).Fails("InvalidRegionId.NotFound", 404);
    }

    [Fact]
    public async Task ModifyAttribute_NameAndDescription_AreShownAfterwards()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.OnGroupAsync("ModifySecurityGroupAttribute", groupId, ("SecurityGroupName", "renamed"), ("Description", "a new description"))).Ok();
        (await client.OnGroupAsync("ModifySecurityGroupAttribute", groupId, ("Description", "only this"))).Ok();

        var group = await client.DescribeGroupAsync(groupId);
        Assert.Equal("renamed", group.GetProperty("SecurityGroupName").GetString());
        Assert.Equal("only this", group.GetProperty("Description").GetString());
        var attribute = (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId)).Ok();
        Assert.Equal("renamed", attribute.Get("SecurityGroupName"));
    }

    [Theory]
    [InlineData("SecurityGroupName", "9lives", "InvalidSecurityGroupName.Malformed")]
    [InlineData("SecurityGroupName", "https://x", "InvalidSecurityGroupName.Malformed")]
    [InlineData("Description", "x", "InvalidDescription.Malformed")]
    [InlineData("Description", "http://example.com", "InvalidDescription.Malformed")]
    public async Task ModifyAttribute_BadValue_IsMalformed(string parameter, string value, string code)
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.OnGroupAsync("ModifySecurityGroupAttribute", groupId, (parameter, value))).Fails(code, 400);

        Assert.Equal("sg-test", (await client.DescribeGroupAsync(groupId)).GetProperty("SecurityGroupName").GetString());
    }

    [Fact]
    public async Task ModifyAttribute_AnotherTenantsGroup_IsNotFound()
    {
        var (_, _, groupId) = await GroupAsync();

        (await host.Client(ApiHostFixture.Bob).OnGroupAsync("ModifySecurityGroupAttribute", groupId, ("SecurityGroupName", "stolen"))).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Theory]
    [InlineData("drop", "Drop")]
    [InlineData("DROP", "Drop")]
    [InlineData("Accept", "Accept")]
    public async Task ModifyPolicy_AnyCase_SetsTheInnerAccessPolicy(string value, string shown)
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.OnGroupAsync("ModifySecurityGroupPolicy", groupId, ("InnerAccessPolicy", value))).Ok();

        Assert.Equal(shown, (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId)).Ok().Get("InnerAccessPolicy"));
    }

    [Fact]
    public async Task ModifyPolicy_MissingOrBadPolicy_IsRefused()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.OnGroupAsync("ModifySecurityGroupPolicy", groupId)).Fails("MissingInnerAccessPolicy", 400);
        (await client.OnGroupAsync("ModifySecurityGroupPolicy", groupId, ("InnerAccessPolicy", "Allow"))).Fails("InvalidPolicy.Malformed", 400);
    }

    [Fact]
    public async Task ModifyPolicy_AdvancedGroup_IsOperationDenied()
    {
        var (client, _, groupId) = await GroupAsync("enterprise");

        (await client.OnGroupAsync("ModifySecurityGroupPolicy", groupId, ("InnerAccessPolicy", "Accept"))).Fails("OperationDenied", 400);

        Assert.Equal("Drop", (await client.OnGroupAsync("DescribeSecurityGroupAttribute", groupId)).Ok().Get("InnerAccessPolicy"));
    }

    [Fact]
    public async Task ModifyPolicy_AnotherTenantsGroup_IsNotFound()
    {
        var (_, _, groupId) = await GroupAsync();

        (await host.Client(ApiHostFixture.Bob).OnGroupAsync("ModifySecurityGroupPolicy", groupId, ("InnerAccessPolicy", "Drop"))).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task References_ReferencingGroupsOfBothDirections_AreListedWithTheirAccount()
    {
        var (client, region, referenced) = await GroupAsync();
        var byIngress = await region.CreateSecurityGroupAsync();
        var byEgress = await region.CreateSecurityGroupAsync();
        var unreferenced = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(byIngress, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", referenced)))).Ok();
        (await client.AuthorizeEgressAsync(byEgress, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("DestGroupId", referenced)))).Ok();

        var response = (await client.EcsAsync("DescribeSecurityGroupReferences", ("RegionId", RegionId), ("SecurityGroupId.1", referenced), ("SecurityGroupId.2", unreferenced))).Ok();

        var references = response.Element("SecurityGroupReferences.SecurityGroupReference").EnumerateArray().ToArray();
        Assert.Equal(2, references.Length);
        Assert.Equal(referenced, references[0].GetProperty("SecurityGroupId").GetString());
        var referencing = references[0].GetProperty("ReferencingSecurityGroups").GetProperty("ReferencingSecurityGroup").EnumerateArray()
            .Select(r => $"{r.GetProperty("SecurityGroupId").GetString()}/{r.GetProperty("AliUid").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var expected = new[] { byEgress, byIngress }.Select(id => $"{id}/{ApiHostFixture.Alice.AccountId}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, referencing);
        Assert.Equal(unreferenced, references[1].GetProperty("SecurityGroupId").GetString());
        Assert.Empty(references[1].GetProperty("ReferencingSecurityGroups").GetProperty("ReferencingSecurityGroup").EnumerateArray());
    }

    [Fact]
    public async Task References_AfterTheRuleIsRevoked_AreEmpty()
    {
        var (client, region, referenced) = await GroupAsync();
        var referencing = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(referencing, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", referenced)))).Ok();
        var ruleId = (await client.SingleRuleAsync(referencing)).Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("RevokeSecurityGroup", referencing, ("SecurityGroupRuleId.1", ruleId))).Ok();

        var response = (await client.EcsAsync("DescribeSecurityGroupReferences", ("RegionId", RegionId), ("SecurityGroupId.1", referenced))).Ok();
        var reference = Assert.Single(response.Element("SecurityGroupReferences.SecurityGroupReference").EnumerateArray().ToArray());
        Assert.Empty(reference.GetProperty("ReferencingSecurityGroups").GetProperty("ReferencingSecurityGroup").EnumerateArray());
    }

    [Fact]
    public async Task References_BadGroupList_IsRefused()
    {
        var (client, _, groupId) = await GroupAsync();
        var bob = host.Client(ApiHostFixture.Bob);

        (await client.EcsAsync("DescribeSecurityGroupReferences", ("RegionId", RegionId))).Fails("MissingSecurityGroupId", 400);
        (await client.EcsAsync("DescribeSecurityGroupReferences", [("RegionId", RegionId), .. Enumerable.Range(1, 11).Select(i => ($"SecurityGroupId.{i}", groupId))]))
            .Fails("InvalidSecurityGroupId.Malformed", 400);
        (await client.EcsAsync("DescribeSecurityGroupReferences", ("RegionId", RegionId), ("SecurityGroupId.1", "sg-00000000000000000000"))).Fails("InvalidSecurityGroupId.NotFound", 404);
        (await bob.EcsAsync("DescribeSecurityGroupReferences", ("RegionId", RegionId), ("SecurityGroupId.1", groupId))).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task ManagedGroup_EveryWrite_IsResourceManagedByCloudProduct()
    {
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);
        var service = host.Client(ApiHostFixture.AliceCloudService);
        var managed = (await service.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", region.VpcId), ("ServiceManaged", "true"))).Ok().Get("SecurityGroupId");
        (string, string)[] ruleId = [("SecurityGroupRuleId", "sgr-00000000000000000000"), ("Description", "x")];

        var writes = new (string Action, (string, string)[] Parameters)[]
        {
            ("AuthorizeSecurityGroup", TcpFrom(1, "22/22")),
            ("AuthorizeSecurityGroupEgress", TcpTo(1, "22/22")),
            ("RevokeSecurityGroup", TcpFrom(1, "22/22")),
            ("RevokeSecurityGroupEgress", [("SecurityGroupRuleId.1", "sgr-00000000000000000000")]),
            ("ModifySecurityGroupRule", ruleId),
            ("ModifySecurityGroupEgressRule", ruleId),
            ("ModifySecurityGroupPolicy", [("InnerAccessPolicy", "Drop")]),
            ("ModifySecurityGroupAttribute", [("SecurityGroupName", "mine")]),
            ("DeleteSecurityGroup", []),
        };
        foreach (var (action, parameters) in writes)
        {
            (await client.OnGroupAsync(action, managed, parameters)).Fails("InvalidOperation.ResourceManagedByCloudProduct", 403);
        }

        var group = await client.DescribeGroupAsync(managed);
        Assert.True(group.GetProperty("ServiceManaged").GetBoolean());
        Assert.True(group.TryGetProperty("ServiceID", out _));
        Assert.Equal(0, group.GetProperty("RuleCount").GetInt32());
        (await client.OnGroupAsync("DescribeSecurityGroupAttribute", managed)).Ok();
        (await client.EcsAsync("DescribeSecurityGroupReferences", ("RegionId", RegionId), ("SecurityGroupId.1", managed))).Ok();

        // The cloud service that made it deletes it.
        (await service.OnGroupAsync("DeleteSecurityGroup", managed)).Ok();
        (await client.OnGroupAsync("DescribeSecurityGroupAttribute", managed)).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task CreateSecurityGroup_ServiceManagedFromATenantsKey_IsRefused_AndNothingIsMade()
    {
        // Issue 16: ServiceManaged is not a public parameter; managed groups come from a cloud service's key only.
        var client = Alice;
        var region = await ApiRegion.CreateAsync(client);

        (await client.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", region.VpcId), ("ServiceManaged", "true"))).Fails("Forbidden.ServiceManaged", 403);
        (await client.EcsAsync("CreateSecurityGroup", ("RegionId", RegionId), ("VpcId", region.VpcId), ("ServiceManaged", "false"))).Ok();

        var listed = (await client.EcsAsync("DescribeSecurityGroups", ("RegionId", RegionId), ("VpcId", region.VpcId))).Ok().Element("SecurityGroups.SecurityGroup").EnumerateArray().ToArray();
        Assert.False(Assert.Single(listed).GetProperty("ServiceManaged").GetBoolean());
    }

    [Fact]
    public async Task Actions_GarbageParameters_AreNeverAnInternalError()
    {
        var (client, region, groupId) = await GroupAsync();
        var other = await region.CreateSecurityGroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();
        string[] actions =
        [
            "DeleteSecurityGroup", "DescribeSecurityGroups", "DescribeSecurityGroupAttribute", "AuthorizeSecurityGroup", "AuthorizeSecurityGroupEgress",
            "RevokeSecurityGroup", "RevokeSecurityGroupEgress", "ModifySecurityGroupRule", "ModifySecurityGroupEgressRule", "ModifySecurityGroupPolicy",
            "ModifySecurityGroupAttribute", "DescribeSecurityGroupReferences",
        ];
        string[] names =
        [
            "SecurityGroupId", "SecurityGroupId.1", "SecurityGroupIds", "SecurityGroupRuleId", "SecurityGroupRuleId.1", "SecurityGroupRuleId.x",
            "Permissions.1.IpProtocol", "Permissions.1.PortRange", "Permissions.1.SourceCidrIp", "Permissions.1.DestCidrIp", "Permissions.1.SourceGroupId",
            "Permissions.1.DestGroupId", "Permissions.2.Priority", "Permissions.0.Policy", "Permissions.a.NicType", "Permissions.1.SourceGroupOwnerId",
            "Permissions.1.SourcePrefixListId", "Permissions.1.PortRangeListId", "Permissions.1.Ipv6SourceCidrIp", "Permissions.1.SourcePortRange",
            "IpProtocol", "PortRange", "SourceCidrIp", "DestGroupId", "Priority", "Policy", "Description", "InnerAccessPolicy", "SecurityGroupName",
            "Direction", "NicType", "MaxResults", "NextToken", "PageNumber", "PageSize", "VpcId", "Tag.1.Key", "Tag.1.Value", "ServiceManaged", "DryRun",
            "NetworkType", "SecurityGroupType", "ClientToken",
        ];
        string[] values =
        [
            "", " ", "-1", "0", "1", "101", "2147483648", "99999999999999999999", "-1/-1", "22/22", "65536/1", "/", "a/b", "tcp", "ALL", "256", "icmpv6",
            "10.0.0.0/8", "::/0", "1.2.3.4/33", "accept", "DROP", "true", "False", "[]", "[\"sg-1\"", "[1,2]", "{}", "null", "sg-", groupId, other,
            "sgr-00000000000000000000", "pl-00000000000000000000", "\u0000", "http://x", new string('z', 3000), "ffffffffffffffffsgr-a", "0000000000000000sgr-",
        ];
        var random = new Random(20140526);
        for (var i = 0; i < 400; i++)
        {
            var parameters = new List<(string, string)> { ("RegionId", RegionId) };
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                parameters.Add((names[random.Next(names.Length)], values[random.Next(values.Length)]));
            }

            var action = actions[random.Next(actions.Length)];
            var distinct = parameters.GroupBy(p => p.Item1).Select(g => g.Last()).ToArray();
            var response = await client.EcsAsync(action, distinct);

            Assert.True(response.Status < 500, $"{action} {string.Join('&', distinct.Select(p => $"{p.Item1}={p.Item2}"))}: {response}");
        }
    }
}
