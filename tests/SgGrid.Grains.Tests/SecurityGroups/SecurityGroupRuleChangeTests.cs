using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.SecurityGroups;

/// <summary>
/// The legacy ModifySecurityGroupRule (rule named by its fields, only the description changes) and D5's per-ENI rule
/// quota when a group the ENI is in grows by Authorize.
/// </summary>
[Collection(SharedCluster.Name)]
public class SecurityGroupRuleChangeTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    private TestRegion SmallTenantRegion() => TestRegion.OfSmallTenant(fixture.Grains);

    [Fact]
    public async Task ModifyRuleDescription_MatchingRules_GetTheDescriptionAndNothingElse()
    {
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Ingress, In("TCP", "22/22", "10.0.0.0/8", priority: 3), In("TCP", "80/80", "10.0.0.0/8"));
        var before = await _region.Group(group).GetRulesAsync();
        var version = (await _region.Group(group).GetInfoAsync())!.Version;

        // Without a priority the fields match the rule at any priority, as a revoke would.
        var result = await _region.Group(group).ModifyRuleDescriptionAsync(_region.Owner, Direction.Ingress,
            new PermissionRequest { IpProtocol = "tcp", PortRange = "22/22", SourceCidrIp = "10.0.0.0/8", Description = "ssh" }, MutationOptions.Default);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var after = await _region.Group(group).GetRulesAsync();
        Assert.Equal(before.Select(r => r.Rule with { Description = "" }), after.Select(r => r.Rule with { Description = "" }));
        Assert.Equal(before.Select(r => r.CreateTime), after.Select(r => r.CreateTime));
        Assert.Equal(["ssh", ""], after.Select(r => r.Rule.Description));
        Assert.Equal(version + 1, result.Version);
    }

    [Fact]
    public async Task ModifyRuleDescription_PriorityIsNotPartOfTheMatch_ByDefault()
    {
        // D4 as revised: priority is not part of a rule's identity, so a priority given in the match does not narrow it.
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Egress, Out("UDP", "53/53", "0.0.0.0/0", priority: 2));
        await _region.AuthorizeAsync(group, Direction.Egress, Out("UDP", "53/53", "0.0.0.0/0", priority: 9)); // accepted, not added

        var result = await _region.Group(group).ModifyRuleDescriptionAsync(_region.Owner, Direction.Egress,
            Out("UDP", "53/53", "0.0.0.0/0", priority: 9) with { Description = "dns" }, MutationOptions.Default);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var rule = Assert.Single(await _region.Group(group).GetRulesAsync());
        Assert.Equal((2, "dns"), (rule.Rule.Priority, rule.Rule.Description));
    }

    [Fact]
    public async Task ModifyRuleDescription_NoMatchOrOtherDirection_IsGroupAuthItemNotFound()
    {
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Ingress, In("TCP", "22/22", "10.0.0.0/8"));

        var noMatch = await _region.Group(group).ModifyRuleDescriptionAsync(_region.Owner, Direction.Ingress,
            In("TCP", "23/23", "10.0.0.0/8") with { Priority = null, Description = "x" }, MutationOptions.Default);
        var otherDirection = await _region.Group(group).ModifyRuleDescriptionAsync(_region.Owner, Direction.Egress,
            new PermissionRequest { IpProtocol = "TCP", PortRange = "22/22", DestCidrIp = "10.0.0.0/8", Description = "x" }, MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.GroupAuthItemNotFound, noMatch.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.GroupAuthItemNotFound, otherDirection.Errors[0].Code);
        Assert.Equal("", (await _region.Group(group).GetRulesAsync()).Single().Rule.Description);
    }

    [Fact]
    public async Task ModifyRuleDescription_InvalidFieldsOrDescription_AreTheirEcsCodes()
    {
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Ingress, In("TCP", "22/22", "10.0.0.0/8"));

        var tooLong = await _region.Group(group).ModifyRuleDescriptionAsync(_region.Owner, Direction.Ingress,
            In("TCP", "22/22", "10.0.0.0/8") with { Description = new string('d', 513) }, MutationOptions.Default);
        var badProtocol = await _region.Group(group).ModifyRuleDescriptionAsync(_region.Owner, Direction.Ingress,
            In("SCTP", "22/22", "10.0.0.0/8") with { Description = "x" }, MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.InvalidDescription, tooLong.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.IpProtocolNotSupported, badProtocol.Errors[0].Code);
    }

    [Fact]
    public async Task ModifyRuleDescription_AnotherTenantOrManagedGroup_IsRefused()
    {
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Ingress, In("TCP", "22/22", "10.0.0.0/8"));
        var managed = TestIds.SecurityGroup();
        Assert.True((await _region.Group(managed).CreateAsync(new SecurityGroupSpec { Owner = _region.Owner, VpcId = _region.VpcId, ServiceManaged = true })).Succeeded);
        var change = In("TCP", "22/22", "10.0.0.0/8") with { Description = "mine" };

        var stranger = await _region.Group(group).ModifyRuleDescriptionAsync(TestIds.Tenant(), Direction.Ingress, change, MutationOptions.Default);
        var readOnly = await _region.Group(managed).ModifyRuleDescriptionAsync(_region.Owner, Direction.Ingress, change, MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, stranger.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.ResourceManagedByCloudProduct, readOnly.Errors[0].Code);
    }

    [Fact]
    public async Task Authorize_MemberOfSeveralGroupsWouldExceedThePerEniRuleLimit_IsRefused()
    {
        // The small tenant allows 3 rules per ENI across its groups.
        var small = SmallTenantRegion();
        var a = await small.CreateGroupAsync();
        var b = await small.CreateGroupAsync();
        await small.CreateEniAsync(a, b);
        await small.AuthorizeAsync(a, Direction.Ingress, In("TCP", "1/1", "0.0.0.0/0"), In("TCP", "2/2", "0.0.0.0/0"));
        await small.AuthorizeAsync(b, Direction.Egress, Out("TCP", "3/3", "0.0.0.0/0"));

        var fourth = await small.Group(b).AuthorizeAsync(small.Owner, Direction.Ingress, [In("TCP", "4/4", "0.0.0.0/0")], MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, fourth.Errors[0].Code);
        Assert.Single(await small.Group(b).GetRulesAsync());

        // An identical rule adds nothing, so it stays a success at the limit.
        var again = await small.Group(a).AuthorizeAsync(small.Owner, Direction.Ingress, [In("TCP", "1/1", "0.0.0.0/0")], MutationOptions.Default);
        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
    }

    [Fact]
    public async Task Authorize_OneGroupOverThePerEniLimit_IsRefusedOnlyWhileItHasMembers()
    {
        var small = SmallTenantRegion();
        var withMember = await small.CreateGroupAsync();
        var empty = await small.CreateGroupAsync();
        await small.CreateEniAsync(withMember);
        PermissionRequest[] four = [In("TCP", "1/1", "0.0.0.0/0"), In("TCP", "2/2", "0.0.0.0/0"), In("TCP", "3/3", "0.0.0.0/0"), In("TCP", "4/4", "0.0.0.0/0")];

        var refused = await small.Group(withMember).AuthorizeAsync(small.Owner, Direction.Ingress, [.. four], MutationOptions.Default);
        var accepted = await small.Group(empty).AuthorizeAsync(small.Owner, Direction.Ingress, [.. four], MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, refused.Errors[0].Code);
        Assert.Empty(await small.Group(withMember).GetRulesAsync());
        Assert.True(accepted.Succeeded, string.Join("; ", accepted.Errors));
        await small.AuthorizeAsync(withMember, Direction.Ingress, [.. four.Take(3)]);
    }

    [Fact]
    public async Task Authorize_DefaultQuotas_AllowManyRulesAcrossAnEnisGroups()
    {
        var a = await _region.CreateGroupAsync();
        var b = await _region.CreateGroupAsync();
        await _region.CreateEniAsync(a, b);

        await _region.AuthorizeAsync(a, Direction.Ingress, [.. Enumerable.Range(1, 50).Select(p => In("TCP", $"{p}/{p}", "0.0.0.0/0"))]);
        await _region.AuthorizeAsync(b, Direction.Ingress, [.. Enumerable.Range(1, 50).Select(p => In("UDP", $"{p}/{p}", "0.0.0.0/0"))]);

        Assert.Equal(50, (await _region.Group(b).GetInfoAsync())!.RuleCount);
    }
}
