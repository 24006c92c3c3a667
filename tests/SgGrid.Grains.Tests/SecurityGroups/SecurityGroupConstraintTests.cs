using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.SecurityGroups;

/// <summary>Spec §4-§5: references, deletion, managed groups, tenancy — each refusal with ECS's code.</summary>
[Collection(SharedCluster.Name)]
public class SecurityGroupConstraintTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task Create_NewGroup_HasTypeDefaults()
    {
        var basic = await _region.Group(await _region.CreateGroupAsync()).GetInfoAsync();
        var advanced = await _region.Group(await _region.CreateGroupAsync(SecurityGroupType.Enterprise)).GetInfoAsync();
        Assert.Equal(InnerAccessPolicy.Accept, basic!.InnerAccessPolicy);
        Assert.Equal(InnerAccessPolicy.Drop, advanced!.InnerAccessPolicy);
        Assert.Equal(0, basic.RuleCount);
        Assert.Equal(1, basic.Version);
    }

    [Fact]
    public async Task Create_ExistingId_IsRefused()
    {
        var id = await _region.CreateGroupAsync();
        var again = await _region.Group(id).CreateAsync(new SecurityGroupSpec { Owner = _region.Owner, VpcId = _region.VpcId });
        Assert.Equal(EcsErrorCodes.SecurityGroupAlreadyExists, again.Errors[0].Code);
    }

    [Fact]
    public async Task Delete_WithMembers_IsDependencyViolation()
    {
        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);
        var result = await _region.Group(group).DeleteAsync(_region.Owner);
        Assert.Equal(EcsErrorCodes.DependencyViolation, result.Errors[0].Code);

        Assert.True((await _region.Eni(eni).DeleteAsync(_region.Owner, MutationOptions.Default)).Succeeded);
        Assert.True((await _region.Group(group).DeleteAsync(_region.Owner)).Succeeded);
        Assert.Null(await _region.Group(group).GetInfoAsync());
    }

    [Fact]
    public async Task Delete_ReferencedByAnotherGroup_IsDependencyViolationUntilTheRuleGoes()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        Assert.Equal([db], (await _region.Group(web).GetReferrersAsync()).ToArray());

        var refused = await _region.Group(web).DeleteAsync(_region.Owner);
        Assert.Equal(EcsErrorCodes.DependencyViolation, refused.Errors[0].Code);
        Assert.Contains("authorized in another", refused.Errors[0].Message, StringComparison.Ordinal);

        var revoke = await _region.Group(db).RevokeAsync(_region.Owner, Direction.Ingress, [], [InFromGroup("TCP", "3306/3306", web)], MutationOptions.Default);
        Assert.True(revoke.Succeeded);
        Assert.Empty(await _region.Group(web).GetReferrersAsync());
        Assert.True((await _region.Group(web).DeleteAsync(_region.Owner)).Succeeded);
    }

    [Fact]
    public async Task Authorize_ReferenceToUnknownGroup_IsNotFound()
    {
        var db = await _region.CreateGroupAsync();
        var ingress = await _region.Group(db).AuthorizeAsync(_region.Owner, Direction.Ingress, [InFromGroup("TCP", "22/22", "sg-doesnotexist")], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.SourceGroupNotFound, ingress.Errors[0].Code);
        var egress = await _region.Group(db).AuthorizeAsync(_region.Owner, Direction.Egress, [OutToGroup("TCP", "22/22", "sg-doesnotexist")], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.DestGroupNotFound, egress.Errors[0].Code);
        Assert.Empty(await _region.Group(db).GetRulesAsync());
    }

    [Fact]
    public async Task Authorize_ReferenceToGroupInOtherVpc_IsMismatch()
    {
        var db = await _region.CreateGroupAsync();
        var elsewhere = await _region.CreateGroupAsync(vpcId: await _region.CreateOtherVpcAsync());
        var result = await _region.Group(db).AuthorizeAsync(_region.Owner, Direction.Ingress, [InFromGroup("TCP", "22/22", elsewhere)], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.SourceGroupIdMismatch, result.Errors[0].Code);
    }

    [Fact]
    public async Task Authorize_ReferenceToAdvancedGroup_IsRefused()
    {
        var db = await _region.CreateGroupAsync();
        var advanced = await _region.CreateGroupAsync(SecurityGroupType.Enterprise);
        var result = await _region.Group(db).AuthorizeAsync(_region.Owner, Direction.Ingress, [InFromGroup("TCP", "22/22", advanced)], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.GroupAuthOperationDenied, result.Errors[0].Code);
    }

    [Fact]
    public async Task Authorize_ReferenceToAnotherTenantsGroup_IsNotFoundAlsoWithItsOwnerNamed()
    {
        var db = await _region.CreateGroupAsync();
        var stranger = TestIds.Tenant();
        var theirs = await _region.CreateForeignGroupAsync(stranger);
        var anonymous = await _region.Group(db).AuthorizeAsync(_region.Owner, Direction.Ingress, [InFromGroup("TCP", "22/22", theirs)], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.SourceGroupNotFound, anonymous.Errors[0].Code);

        // Naming the owning account answers the same: another tenant's group must look unknown (docs/semantics.md).
        var named = await _region.Group(db).AuthorizeAsync(_region.Owner, Direction.Ingress,
            [InFromGroup("TCP", "22/22", theirs) with { SourceGroupOwnerAccount = stranger.AccountId }], MutationOptions.Default);
        Assert.Equal(anonymous.Errors.Select(e => (e.Code, e.Message)), named.Errors.Select(e => (e.Code, e.Message)));
    }

    [Fact]
    public async Task Create_UnknownVpc_IsVpcNotFound()
    {
        await _region.EnsureNetworkAsync();
        var outcome = await _region.Group(TestIds.SecurityGroup()).CreateAsync(new SecurityGroupSpec { Owner = _region.Owner, VpcId = TestIds.Vpc() });
        Assert.Equal(EcsErrorCodes.VpcNotFound, outcome.Errors[0].Code);
    }

    [Fact]
    public async Task AnotherTenant_CannotSeeOrChangeTheGroup()
    {
        var group = await _region.CreateGroupAsync();
        var stranger = TestIds.Tenant();
        var authorize = await _region.Group(group).AuthorizeAsync(stranger, Direction.Ingress, [In("TCP", "22/22", "0.0.0.0/0")], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, authorize.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, (await _region.Group(group).DeleteAsync(stranger)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, (await _region.Group(group).ModifyPolicyAsync(stranger, InnerAccessPolicy.Drop, MutationOptions.Default)).Errors[0].Code);
        Assert.Empty(await _region.Group(group).GetRulesAsync());

        var otherRegion = new ResourceOwner(_region.Owner.AccountId, "cn-elsewhere");
        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, (await _region.Group(group).DeleteAsync(otherRegion)).Errors[0].Code);
    }

    [Fact]
    public async Task ManagedGroup_IsReadOnlyForItsOwner()
    {
        await _region.EnsureNetworkAsync();
        var id = TestIds.SecurityGroup();
        Assert.True((await _region.Group(id).CreateAsync(new SecurityGroupSpec { Owner = _region.Owner, VpcId = _region.VpcId, ServiceManaged = true })).Succeeded);
        var authorize = await _region.Group(id).AuthorizeAsync(_region.Owner, Direction.Ingress, [In("TCP", "22/22", "0.0.0.0/0")], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.ResourceManagedByCloudProduct, authorize.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.ResourceManagedByCloudProduct, (await _region.Group(id).DeleteAsync(_region.Owner)).Errors[0].Code);
        var eni = await _region.Eni(TestIds.NetworkInterface()).CreateAsync(_region.Spec(_region.NextAddress(), id), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.ResourceManagedByCloudProduct, eni.Errors[0].Code);
        Assert.NotNull(await _region.Group(id).GetInfoAsync());
    }

    [Fact]
    public async Task ModifyPolicy_AdvancedGroup_IsRefused()
    {
        var group = await _region.CreateGroupAsync(SecurityGroupType.Enterprise);
        var result = await _region.Group(group).ModifyPolicyAsync(_region.Owner, InnerAccessPolicy.Accept, MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.OperationDenied, result.Errors[0].Code);
    }

    [Fact]
    public async Task Authorize_IdenticalRuleTwice_SucceedsWithoutASecondRule()
    {
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Ingress, In("TCP", "22/22", "10.0.0.0/8"));
        var version = (await _region.Group(group).GetInfoAsync())!.Version;
        var again = await _region.Group(group).AuthorizeAsync(_region.Owner, Direction.Ingress, [In("tcp", "22/22", "10.0.0.0/8")], MutationOptions.Default);
        Assert.True(again.Succeeded);
        Assert.Equal(version, again.Version);
        Assert.Single(await _region.Group(group).GetRulesAsync());
    }

    [Fact]
    public async Task ModifyAttribute_NameAndDescription_AreStored()
    {
        var group = await _region.CreateGroupAsync();
        Assert.True((await _region.Group(group).ModifyAttributeAsync(_region.Owner, "web-tier", "front end")).Succeeded);
        var info = await _region.Group(group).GetInfoAsync();
        Assert.Equal("web-tier", info!.Name);
        Assert.Equal("front end", info.Description);
    }
}
