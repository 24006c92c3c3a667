using System.Globalization;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using static SgGrid.Api.Tests.Ecs.Actions.SecurityGroupTestCalls;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// AuthorizeSecurityGroup(Egress), RevokeSecurityGroup(Egress) and ModifySecurityGroup(Egress)Rule over HTTP: binding of
/// Permissions.N and the flat fields, the direction's remote and local fields, validation codes, tenant isolation.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class SecurityGroupRuleActionsTests(ApiHostFixture host)
{
    private async Task<(EcsClient Client, ApiRegion Region, string GroupId)> GroupAsync(SignatureMode mode = SignatureMode.Acs3, string type = "normal")
    {
        var client = host.Client(ApiHostFixture.Alice, mode);
        var region = await ApiRegion.CreateAsync(client);
        return (client, region, await region.CreateSecurityGroupAsync(type));
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task Authorize_Permissions_AddsEachRuleWithItsFields(SignatureMode mode)
    {
        var (client, _, groupId) = await GroupAsync(mode);

        (await client.AuthorizeAsync(groupId,
        [
            .. Permission(1, ("IpProtocol", "tcp"), ("PortRange", "22/22"), ("SourceCidrIp", "10.0.0.0/8"), ("Priority", "5"), ("Description", "ssh"), ("SourcePortRange", "1024/65535"), ("DestCidrIp", "192.168.1.0/24")),
            .. Permission(2, ("IpProtocol", "icmp"), ("PortRange", "-1/-1"), ("SourceCidrIp", "0.0.0.0/0"), ("Policy", "drop")),
        ])).Ok();

        var rules = await client.RulesAsync(groupId);
        Assert.Equal(2, rules.Count);
        var ssh = rules.Single(r => r.Field("IpProtocol") == "TCP");
        Assert.Matches("^sgr-[a-z0-9]{20}$", ssh.Field("SecurityGroupRuleId"));
        Assert.Equal("ingress", ssh.Field("Direction"));
        Assert.Equal("22/22", ssh.Field("PortRange"));
        Assert.Equal("1024/65535", ssh.Field("SourcePortRange"));
        Assert.Equal("10.0.0.0/8", ssh.Field("SourceCidrIp"));
        Assert.Equal("192.168.1.0/24", ssh.Field("DestCidrIp"));
        Assert.Equal("Accept", ssh.Field("Policy"));
        Assert.Equal("5", ssh.Field("Priority"));
        Assert.Equal("intranet", ssh.Field("NicType"));
        Assert.Equal("ssh", ssh.Field("Description"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", ssh.Field("CreateTime"));
        var icmp = rules.Single(r => r.Field("IpProtocol") == "ICMP");
        Assert.Equal("-1/-1", icmp.Field("PortRange"));
        Assert.Equal("Drop", icmp.Field("Policy"));
        Assert.Equal("1", icmp.Field("Priority"));
        Assert.Null(icmp.Field("SourcePortRange"));
        Assert.Null(icmp.Field("DestCidrIp"));
    }

    [Fact]
    public async Task Authorize_FlatFields_AddsOneRule()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.AuthorizeAsync(groupId, ("IpProtocol", "UDP"), ("PortRange", "53/53"), ("SourceCidrIp", "172.16.0.0/12"), ("Priority", "7"))).Ok();

        var rule = await client.SingleRuleAsync(groupId);
        Assert.Equal("UDP", rule.Field("IpProtocol"));
        Assert.Equal("53/53", rule.Field("PortRange"));
        Assert.Equal("172.16.0.0/12", rule.Field("SourceCidrIp"));
        Assert.Equal("7", rule.Field("Priority"));
    }

    [Fact]
    public async Task Authorize_FlatFieldsAndPermissions_IsInvalidParamPermissions()
    {
        var (client, _, groupId) = await GroupAsync();

        var response = await client.AuthorizeAsync(groupId, [("IpProtocol", "TCP"), .. TcpFrom(1, "22/22")]);

        response.Fails("InvalidParam.Permissions", 400);
        Assert.Empty(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Authorize_MorePermissionsThanTheQuota_IsInvalidParamPermissions()
    {
        var (client, _, groupId) = await GroupAsync();

        var response = await client.AuthorizeAsync(groupId, [.. Enumerable.Range(1, 101).SelectMany(i => TcpFrom(i, $"{i}/{i}"))]);

        response.Fails("InvalidParam.Permissions", 400);
    }

    [Fact]
    public async Task Authorize_BulkTenant_AcceptsMorePermissionsThanTheDefaultQuota()
    {
        var client = host.Client(ApiHostFixture.Bulk);
        var region = await ApiRegion.CreateAsync(client);
        var groupId = await region.CreateSecurityGroupAsync();

        (await client.AuthorizeAsync(groupId, [.. Enumerable.Range(1, 250).SelectMany(i => TcpFrom(i, $"{i}/{i}"))])).Ok();

        Assert.Equal(250, (await client.RulesAsync(groupId)).Count);
        Assert.Equal(250, (await client.DescribeGroupAsync(groupId)).GetProperty("RuleCount").GetInt32());
    }

    [Fact]
    public async Task Authorize_IdenticalRule_SucceedsWithoutAddingIt()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "80/80"))).Ok();

        (await client.AuthorizeAsync(groupId, TcpFrom(1, "80/80"))).Ok();

        Assert.Single(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Authorize_SameRuleTwiceInOneRequest_IsDuplicatePermissions()
    {
        var (client, _, groupId) = await GroupAsync();

        var response = await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "80/80"), .. TcpFrom(2, "80/80")]);

        response.Fails("InvalidParam.DuplicatePermissions", 400);
    }

    [Theory]
    [InlineData("IpProtocol", "SCTP", "InvalidIpProtocol.ValueNotSupported")]
    [InlineData("PortRange", "200/1", "InvalidParam.PortRange")]
    [InlineData("PortRange", "-1/-1", "OperationDenied")]
    [InlineData("SourceCidrIp", "10.0.0.300/8", "InvalidSourceCidrIp.Malformed")]
    [InlineData("SourcePortRange", "x", "InvalidSourcePortRange.Malformed")]
    [InlineData("Priority", "0", "InvalidPriority.ValueNotSupported")]
    [InlineData("Priority", "high", "InvalidPriority.Malformed")]
    [InlineData("Policy", "allow", "InvalidPolicy.Malformed")]
    [InlineData("NicType", "wifi", "InvalidNicType.ValueNotSupported")]
    [InlineData("SourceGroupId", "not-a-group", "InvalidSourceGroupId.NotFound")]
    [InlineData("SourcePrefixListId", "nope", "InvalidPrefixListId.NotFound")]
    public async Task Authorize_BadField_IsItsEcsCode(string field, string value, string code)
    {
        var (client, _, groupId) = await GroupAsync();
        var fields = new Dictionary<string, string> { ["IpProtocol"] = "TCP", ["PortRange"] = "22/22", ["SourceCidrIp"] = "10.0.0.0/8", [field] = value };

        var response = await client.AuthorizeAsync(groupId, Permission(1, [.. fields.Select(f => (f.Key, f.Value))]));

        response.Fails(code);
        Assert.Empty(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Authorize_DescriptionOver512Characters_IsInvalidDescription()
    {
        var (client, _, groupId) = await GroupAsync();

        var response = await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "22/22"), .. Permission(1, ("Description", new string('d', 5000)))]);

        response.Fails("InvalidSecurityGroupDiscription.Malformed", 400);
    }

    [Fact]
    public async Task Authorize_NoSource_IsMissingSource()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.AuthorizeAsync(groupId, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22")))).Fails("MissingParameter.Source", 400);
    }

    [Fact]
    public async Task Authorize_NoProtocol_IsMissingIpProtocol()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.AuthorizeAsync(groupId, Permission(1, ("PortRange", "22/22"), ("SourceCidrIp", "10.0.0.0/8")))).Fails("MissingParameter.IpProtocol", 400);
    }

    [Fact]
    public async Task Authorize_NoRule_IsMissingPermissions()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.AuthorizeAsync(groupId)).Fails("MissingParameter.Permissions", 400);
    }

    [Fact]
    public async Task Authorize_SourceGroup_ReferencesItWithOwnerAndName()
    {
        var (client, region, groupId) = await GroupAsync();
        var source = await region.CreateSecurityGroupAsync(name: "web-tier");

        (await client.AuthorizeAsync(groupId, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "3306/3306"), ("SourceGroupId", source)))).Ok();

        var rule = await client.SingleRuleAsync(groupId);
        Assert.Equal(source, rule.Field("SourceGroupId"));
        Assert.Equal("web-tier", rule.Field("SourceGroupName"));
        Assert.Equal(ApiHostFixture.Alice.AccountId, rule.Field("SourceGroupOwnerAccount"));
        Assert.Null(rule.Field("SourceCidrIp"));
        var group = await client.DescribeGroupAsync(groupId);
        Assert.Equal(1, group.GetProperty("GroupToGroupRuleCount").GetInt32());
    }

    [Fact]
    public async Task Authorize_SourceGroupOfAnotherTenant_IsSourceGroupNotFound()
    {
        var (client, _, groupId) = await GroupAsync();
        var bob = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob));
        var bobsGroup = await bob.CreateSecurityGroupAsync();

        var response = await client.AuthorizeAsync(groupId, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", bobsGroup)));

        response.Fails("InvalidSourceGroupId.NotFound", 404);
    }

    [Fact]
    public async Task Authorize_SourceGroupInAnotherVpc_IsSourceGroupIdMismatch()
    {
        var (client, _, groupId) = await GroupAsync();
        var elsewhere = await (await ApiRegion.CreateAsync(client)).CreateSecurityGroupAsync();

        var response = await client.AuthorizeAsync(groupId, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", elsewhere)));

        response.Fails("InvalidSourceGroupId.Mismatch", 400);
    }

    [Fact]
    public async Task Authorize_OwnGroupAsSource_IsInvalidParamterConflict()
    {
        var (client, _, groupId) = await GroupAsync();

        var response = await client.AuthorizeAsync(groupId, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", groupId)));

        response.Fails("InvalidParamter.Conflict", 403);
    }

    [Fact]
    public async Task Authorize_GroupReferenceInAdvancedGroup_IsGroupAuthOperationDenied()
    {
        var (client, region, groupId) = await GroupAsync(type: "enterprise");
        var source = await region.CreateSecurityGroupAsync();

        var response = await client.AuthorizeAsync(groupId, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", source)));

        response.Fails("InvalidGroupAuthParameter.OperationDenied", 400);
    }

    [Fact]
    public async Task AuthorizeEgress_DestinationIsTheRemoteAndSourceCidrTheLocal()
    {
        var (client, region, groupId) = await GroupAsync();
        var target = await region.CreateSecurityGroupAsync(name: "db-tier");

        (await client.AuthorizeEgressAsync(groupId,
        [
            .. Permission(1, ("IpProtocol", "TCP"), ("PortRange", "443/443"), ("DestCidrIp", "0.0.0.0/0"), ("SourceCidrIp", "10.0.1.0/24")),
            .. Permission(2, ("IpProtocol", "TCP"), ("PortRange", "5432/5432"), ("DestGroupId", target)),
            .. Permission(3, ("IpProtocol", "ICMPv6"), ("PortRange", "-1/-1"), ("Ipv6DestCidrIp", "2001:db8::/32")),
        ])).Ok();

        var rules = await client.RulesAsync(groupId, "egress");
        Assert.Equal(3, rules.Count);
        Assert.All(rules, r => Assert.Equal("egress", r.Field("Direction")));
        var https = rules.Single(r => r.Field("PortRange") == "443/443");
        Assert.Equal("0.0.0.0/0", https.Field("DestCidrIp"));
        Assert.Equal("10.0.1.0/24", https.Field("SourceCidrIp"));
        var database = rules.Single(r => r.Field("PortRange") == "5432/5432");
        Assert.Equal(target, database.Field("DestGroupId"));
        Assert.Equal("db-tier", database.Field("DestGroupName"));
        Assert.Equal(ApiHostFixture.Alice.AccountId, database.Field("DestGroupOwnerAccount"));
        Assert.Null(database.Field("SourceGroupId"));
        var icmp = rules.Single(r => r.Field("IpProtocol") == "ICMPv6");
        Assert.Equal("2001:db8::/32", icmp.Field("Ipv6DestCidrIp"));
        Assert.Empty(await client.RulesAsync(groupId, "ingress"));
    }

    [Fact]
    public async Task AuthorizeEgress_NoDestination_IsMissingDest()
    {
        var (client, _, groupId) = await GroupAsync();

        // An ingress-only field does not count as the egress rule's remote.
        var response = await client.AuthorizeEgressAsync(groupId, Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceGroupId", groupId)));

        response.Fails("MissingParameter.Dest", 400);
    }

    [Fact]
    public async Task AuthorizeEgress_FlatFields_AddsOneRule()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.AuthorizeEgressAsync(groupId, ("IpProtocol", "ALL"), ("PortRange", "-1/-1"), ("DestCidrIp", "0.0.0.0/0"), ("Policy", "Drop"), ("Priority", "100"))).Ok();

        var rule = await client.SingleRuleAsync(groupId, "egress");
        Assert.Equal("ALL", rule.Field("IpProtocol"));
        Assert.Equal("-1/-1", rule.Field("PortRange"));
        Assert.Equal("Drop", rule.Field("Policy"));
        Assert.Equal("100", rule.Field("Priority"));
    }

    [Theory]
    [InlineData("AuthorizeSecurityGroup")]
    [InlineData("AuthorizeSecurityGroupEgress")]
    [InlineData("RevokeSecurityGroup")]
    [InlineData("RevokeSecurityGroupEgress")]
    [InlineData("ModifySecurityGroupRule")]
    [InlineData("ModifySecurityGroupEgressRule")]
    public async Task RuleAction_AnotherTenantsGroup_LooksLikeAnUnknownOne(string action)
    {
        var (_, _, alicesGroup) = await GroupAsync();
        var bob = host.Client(ApiHostFixture.Bob);
        (string, string)[] rule = action.Contains("Egress", StringComparison.Ordinal) ? TcpTo(1, "22/22") : TcpFrom(1, "22/22");
        (string, string)[] parameters = action.StartsWith("Modify", StringComparison.Ordinal)
            ? [("SecurityGroupRuleId", "sgr-00000000000000000000"), ("Description", "x")]
            : rule;

        var foreign = await bob.OnGroupAsync(action, alicesGroup, parameters);
        var unknown = await bob.OnGroupAsync(action, "sg-00000000000000000000", parameters);
        var malformed = await bob.OnGroupAsync(action, "not an id", parameters);

        foreign.Fails("InvalidSecurityGroupId.NotFound", 404);
        Assert.Equal(unknown.Message, foreign.Message);
        malformed.Fails("InvalidSecurityGroupId.NotFound", 404);
        Assert.Empty(await host.Client(ApiHostFixture.Alice).RulesAsync(alicesGroup));
    }

    [Fact]
    public async Task Authorize_NoGroupId_IsMissingSecurityGroupId()
    {
        var client = host.Client(ApiHostFixture.Alice);

        (await client.EcsAsync("AuthorizeSecurityGroup", [("RegionId", RegionId), .. TcpFrom(1, "22/22")])).Fails("MissingSecurityGroupId", 400);
        (await client.EcsAsync("AuthorizeSecurityGroup", [("RegionId", RegionId), ("SecurityGroupId", new string('x', 65)), .. TcpFrom(1, "22/22")]))
            .Fails("InvalidSecurityGroupId.Malformed", 400);
    }

    [Fact]
    public async Task Authorize_SameClientToken_AnswersTheFirstSuccessAgain()
    {
        var (client, _, groupId) = await GroupAsync();
        var token = Guid.NewGuid().ToString();

        (await client.AuthorizeAsync(groupId, [("ClientToken", token), .. TcpFrom(1, "22/22")])).Ok();
        (await client.AuthorizeAsync(groupId, [("ClientToken", token), .. TcpFrom(1, "22/22")])).Ok();
        (await client.AuthorizeAsync(groupId, [("ClientToken", token), .. TcpFrom(1, "23/23")])).Fails("IdempotentParameterMismatch");

        Assert.Single(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Revoke_ByRuleId_DeletesThatRuleOnly()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "22/22"), .. TcpFrom(2, "80/80")])).Ok();
        var ssh = (await client.RulesAsync(groupId)).Single(r => r.Field("PortRange") == "22/22").Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("RevokeSecurityGroup", groupId, ("SecurityGroupRuleId.1", ssh))).Ok();

        Assert.Equal("80/80", (await client.SingleRuleAsync(groupId)).Field("PortRange"));
    }

    [Fact]
    public async Task Revoke_UnknownRuleId_IsInvalidParamSecurityGroupRuleIdAndDeletesNothing()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();
        var existing = (await client.SingleRuleAsync(groupId)).Field("SecurityGroupRuleId")!;

        var response = await client.OnGroupAsync("RevokeSecurityGroup", groupId, ("SecurityGroupRuleId.1", existing), ("SecurityGroupRuleId.2", "sgr-doesnotexist000000"));

        response.Fails("InvalidParam.SecurityGroupRuleId", 400);
        Assert.Single(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Revoke_IngressRuleIdThroughRevokeEgress_IsInvalidParamSecurityGroupRuleId()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();
        var ingress = (await client.SingleRuleAsync(groupId)).Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("RevokeSecurityGroupEgress", groupId, ("SecurityGroupRuleId.1", ingress))).Fails("InvalidParam.SecurityGroupRuleId", 400);
    }

    [Fact]
    public async Task Revoke_ByPermissions_DeletesTheMatchingRules()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "22/22"), .. TcpFrom(2, "80/80", priority: 3), .. TcpFrom(3, "443/443")])).Ok();

        // Without a Priority a permission matches the rule whatever its priority.
        (await client.OnGroupAsync("RevokeSecurityGroup", groupId,
        [
            .. TcpFrom(1, "22/22"),
            .. Permission(2, ("IpProtocol", "tcp"), ("PortRange", "80/80"), ("SourceCidrIp", "10.0.0.0/8")),
        ])).Ok();

        Assert.Equal("443/443", (await client.SingleRuleAsync(groupId)).Field("PortRange"));
    }

    [Fact]
    public async Task Revoke_NoMatchingRule_SucceedsAndDeletesNothing()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();

        (await client.OnGroupAsync("RevokeSecurityGroup", groupId, TcpFrom(1, "23/23"))).Ok();
        (await client.OnGroupAsync("RevokeSecurityGroup", groupId, TcpFrom(1, "22/22", "192.168.0.0/16"))).Ok();

        Assert.Single(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Revoke_FlatFields_DeletesTheMatchingRule()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();

        (await client.OnGroupAsync("RevokeSecurityGroup", groupId, ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceCidrIp", "10.0.0.0/8"))).Ok();

        Assert.Empty(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Revoke_RuleIdsWithRuleFields_IsInvalidParamPermissions()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();
        var ruleId = (await client.SingleRuleAsync(groupId)).Field("SecurityGroupRuleId")!;

        var withPermissions = await client.OnGroupAsync("RevokeSecurityGroup", groupId, [("SecurityGroupRuleId.1", ruleId), .. TcpFrom(1, "22/22")]);
        var withFlat = await client.OnGroupAsync("RevokeSecurityGroup", groupId, ("SecurityGroupRuleId.1", ruleId), ("IpProtocol", "TCP"));
        var flatAndPermissions = await client.OnGroupAsync("RevokeSecurityGroup", groupId, [("IpProtocol", "TCP"), .. TcpFrom(1, "22/22")]);

        withPermissions.Fails("InvalidParam.Permissions", 400);
        withFlat.Fails("InvalidParam.Permissions", 400);
        flatAndPermissions.Fails("InvalidParam.Permissions", 400);
        Assert.Single(await client.RulesAsync(groupId));
    }

    [Fact]
    public async Task Revoke_MoreRuleIdsThanTheQuota_IsInvalidParamPermissions()
    {
        var (client, _, groupId) = await GroupAsync();

        var response = await client.OnGroupAsync("RevokeSecurityGroup", groupId,
            [.. Enumerable.Range(1, 101).Select(i => ($"SecurityGroupRuleId.{i.ToString(CultureInfo.InvariantCulture)}", $"sgr-{i:D20}"))]);

        response.Fails("InvalidParam.Permissions", 400);
    }

    [Fact]
    public async Task Revoke_NothingNamed_IsMissingPermissions()
    {
        var (client, _, groupId) = await GroupAsync();

        (await client.OnGroupAsync("RevokeSecurityGroup", groupId)).Fails("MissingParameter.Permissions", 400);
    }

    [Fact]
    public async Task RevokeEgress_ByPermissions_DeletesOnlyEgressRules()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();
        (await client.AuthorizeEgressAsync(groupId, TcpTo(1, "22/22"))).Ok();

        (await client.OnGroupAsync("RevokeSecurityGroupEgress", groupId, TcpTo(1, "22/22"))).Ok();

        Assert.Empty(await client.RulesAsync(groupId, "egress"));
        Assert.Single(await client.RulesAsync(groupId, "ingress"));
    }

    [Fact]
    public async Task RevokeEgress_ByRuleId_DeletesThatRule()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeEgressAsync(groupId, [.. TcpTo(1, "22/22"), .. TcpTo(2, "25/25")])).Ok();
        var smtp = (await client.RulesAsync(groupId)).Single(r => r.Field("PortRange") == "25/25").Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("RevokeSecurityGroupEgress", groupId, ("SecurityGroupRuleId.1", smtp))).Ok();

        Assert.Equal("22/22", (await client.SingleRuleAsync(groupId, "egress")).Field("PortRange"));
    }

    [Fact]
    public async Task ModifyRule_ByRuleId_ReplacesTheGivenFields()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "22/22"), .. Permission(1, ("Description", "old"))])).Ok();
        var before = await client.SingleRuleAsync(groupId);
        var ruleId = before.Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("ModifySecurityGroupRule", groupId,
            ("SecurityGroupRuleId", ruleId), ("PortRange", "2222/2222"), ("Priority", "9"), ("SourceCidrIp", "192.168.0.0/16"), ("Description", "new"))).Ok();

        var after = await client.SingleRuleAsync(groupId);
        Assert.Equal(ruleId, after.Field("SecurityGroupRuleId"));
        Assert.Equal("TCP", after.Field("IpProtocol"));
        Assert.Equal("2222/2222", after.Field("PortRange"));
        Assert.Equal("9", after.Field("Priority"));
        Assert.Equal("192.168.0.0/16", after.Field("SourceCidrIp"));
        Assert.Equal("new", after.Field("Description"));
        Assert.Equal(before.Field("CreateTime"), after.Field("CreateTime"));
    }

    [Fact]
    public async Task ModifyRule_UnknownRuleId_IsInvalidParamSecurityGroupRuleId()
    {
        var (client, _, groupId) = await GroupAsync();

        var response = await client.OnGroupAsync("ModifySecurityGroupRule", groupId, ("SecurityGroupRuleId", "sgr-doesnotexist000000"), ("Priority", "2"));

        response.Fails("InvalidParam.SecurityGroupRuleId", 400);
    }

    [Fact]
    public async Task ModifyRule_IntoADuplicateOfAnotherRule_IsDuplicatePermissions()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "22/22"), .. TcpFrom(2, "80/80")])).Ok();
        var web = (await client.RulesAsync(groupId)).Single(r => r.Field("PortRange") == "80/80").Field("SecurityGroupRuleId")!;

        var response = await client.OnGroupAsync("ModifySecurityGroupRule", groupId, ("SecurityGroupRuleId", web), ("PortRange", "22/22"));

        response.Fails("InvalidParam.DuplicatePermissions", 400);
    }

    [Fact]
    public async Task ModifyRule_BadNewValue_IsItsEcsCode()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();
        var ruleId = (await client.SingleRuleAsync(groupId)).Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("ModifySecurityGroupRule", groupId, ("SecurityGroupRuleId", ruleId), ("Priority", "101"))).Fails("InvalidPriority.ValueNotSupported", 400);
        Assert.Equal("1", (await client.SingleRuleAsync(groupId)).Field("Priority"));
    }

    [Fact]
    public async Task ModifyRule_ChangingTheAuthorizationObjectsTypeOrFamily_IsRefused_WithinIt_Succeeds()
    {
        // Issue 16: ECS refuses a change of the authorization object's type (CIDR, group, prefix list) or address family.
        var (client, region, groupId) = await GroupAsync();
        var peer = await region.CreateSecurityGroupAsync();
        var peer2 = await region.CreateSecurityGroupAsync();
        async Task<string> List(string family) => (await client.EcsAsync("CreatePrefixList", ("RegionId", RegionId), ("PrefixListName", "offices"),
            ("AddressFamily", family), ("MaxEntries", "2"))).Ok().Get("PrefixListId");
        var (v4, v4b, v6) = (await List("IPv4"), await List("IPv4"), await List("IPv6"));
        (await client.AuthorizeAsync(groupId,
        [
            .. TcpFrom(1, "22/22"),
            .. Permission(2, ("IpProtocol", "TCP"), ("PortRange", "80/80"), ("SourceGroupId", peer)),
            .. Permission(3, ("IpProtocol", "TCP"), ("PortRange", "443/443"), ("SourcePrefixListId", v4)),
        ])).Ok();
        var rules = await client.RulesAsync(groupId);
        string Id(string ports) => rules.Single(r => r.Field("PortRange") == ports).Field("SecurityGroupRuleId")!;
        var (cidr, group, list) = (Id("22/22"), Id("80/80"), Id("443/443"));
        Task<EcsResponse> Modify(string rule, string field, string value) =>
            client.OnGroupAsync("ModifySecurityGroupRule", groupId, ("SecurityGroupRuleId", rule), (field, value));

        (await Modify(cidr, "SourceGroupId", peer)).Fails("InvalidParam.AuthorizationObject", 400);
        (await Modify(cidr, "SourcePrefixListId", v4)).Fails("InvalidParam.AuthorizationObject", 400);
        (await Modify(cidr, "Ipv6SourceCidrIp", "2001:db8::/32")).Fails("InvalidParam.AuthorizationObject", 400);
        (await Modify(group, "SourceCidrIp", "10.0.0.0/8")).Fails("InvalidParam.AuthorizationObject", 400);
        (await Modify(list, "SourceGroupId", peer)).Fails("InvalidParam.AuthorizationObject", 400);
        (await Modify(list, "SourcePrefixListId", v6)).Fails("InvalidParam.AuthorizationObject", 400);
        Assert.Equal(rules.Select(r => r.GetRawText()), (await client.RulesAsync(groupId)).Select(r => r.GetRawText()));

        (await Modify(cidr, "SourceCidrIp", "192.168.0.1")).Ok();
        (await Modify(group, "SourceGroupId", "sg-bogus00000000000000")).Fails("InvalidSourceGroupId.NotFound", 404);
        (await Modify(group, "SourceGroupId", peer2)).Ok();
        (await Modify(list, "SourcePrefixListId", v4b)).Ok();
        var after = await client.RulesAsync(groupId);
        string?[] changed = [after.Single(r => r.Field("PortRange") == "22/22").Field("SourceCidrIp"),
            after.Single(r => r.Field("PortRange") == "80/80").Field("SourceGroupId"), after.Single(r => r.Field("PortRange") == "443/443").Field("SourcePrefixListId")];
        Assert.Equal(new string?[] { "192.168.0.1/32", peer2, v4b }, changed);

        // Egress likewise: the destination is the authorization object.
        (await client.AuthorizeEgressAsync(groupId, TcpTo(1, "25/25"))).Ok();
        var egress = (await client.SingleRuleAsync(groupId, "egress")).Field("SecurityGroupRuleId")!;
        (await client.OnGroupAsync("ModifySecurityGroupEgressRule", groupId, ("SecurityGroupRuleId", egress), ("DestGroupId", peer))).Fails("InvalidParam.AuthorizationObject", 400);
    }

    [Fact]
    public async Task ModifyRule_WithoutRuleId_ChangesTheMatchedRulesDescriptionOnly()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, [.. TcpFrom(1, "22/22", priority: 4), .. TcpFrom(2, "80/80")])).Ok();

        (await client.OnGroupAsync("ModifySecurityGroupRule", groupId,
            ("IpProtocol", "TCP"), ("PortRange", "22/22"), ("SourceCidrIp", "10.0.0.0/8"), ("Description", "bastion"))).Ok();

        var rules = await client.RulesAsync(groupId);
        var ssh = rules.Single(r => r.Field("PortRange") == "22/22");
        Assert.Equal("bastion", ssh.Field("Description"));
        Assert.Equal("4", ssh.Field("Priority"));
        Assert.Equal("", rules.Single(r => r.Field("PortRange") == "80/80").Field("Description"));
    }

    [Fact]
    public async Task ModifyRule_WithoutRuleIdNoRuleMatches_IsGroupAuthItemNotFound()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();

        var response = await client.OnGroupAsync("ModifySecurityGroupRule", groupId,
            ("IpProtocol", "TCP"), ("PortRange", "23/23"), ("SourceCidrIp", "10.0.0.0/8"), ("Description", "telnet"));

        response.Fails("InvalidGroupAuthItem.NotFound", 403);
    }

    [Fact]
    public async Task ModifyEgressRule_ByRuleId_ChangesTheEgressRule()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeEgressAsync(groupId, TcpTo(1, "443/443"))).Ok();
        var ruleId = (await client.SingleRuleAsync(groupId, "egress")).Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("ModifySecurityGroupEgressRule", groupId, ("SecurityGroupRuleId", ruleId), ("DestCidrIp", "100.100.0.0/16"), ("Policy", "drop"))).Ok();

        var rule = await client.SingleRuleAsync(groupId, "egress");
        Assert.Equal("100.100.0.0/16", rule.Field("DestCidrIp"));
        Assert.Equal("Drop", rule.Field("Policy"));
    }

    [Fact]
    public async Task ModifyEgressRule_WithoutRuleId_ChangesTheDescription()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeEgressAsync(groupId, TcpTo(1, "443/443"))).Ok();

        (await client.OnGroupAsync("ModifySecurityGroupEgressRule", groupId, ("IpProtocol", "tcp"), ("PortRange", "443/443"), ("DestCidrIp", "10.0.0.0/8"), ("Description", "tls"))).Ok();

        Assert.Equal("tls", (await client.SingleRuleAsync(groupId, "egress")).Field("Description"));
    }

    [Fact]
    public async Task ModifyEgressRule_IngressRuleId_IsInvalidParamSecurityGroupRuleId()
    {
        var (client, _, groupId) = await GroupAsync();
        (await client.AuthorizeAsync(groupId, TcpFrom(1, "22/22"))).Ok();
        var ingress = (await client.SingleRuleAsync(groupId)).Field("SecurityGroupRuleId")!;

        (await client.OnGroupAsync("ModifySecurityGroupEgressRule", groupId, ("SecurityGroupRuleId", ingress), ("Priority", "3"))).Fails("InvalidParam.SecurityGroupRuleId", 400);
    }
}
