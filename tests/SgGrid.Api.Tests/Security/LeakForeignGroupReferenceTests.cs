using SgGrid.Api.Tests.Ecs.Actions;
using SgGrid.Api.Tests.Ecs.Security;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;
using static SgGrid.Api.Tests.Ecs.Actions.SecurityGroupTestCalls;

namespace SgGrid.Api.Tests.Security;

/// <summary>
/// Issue 14.5: a rule naming another tenant's group as its <c>SourceGroupId</c>/<c>DestGroupId</c>, with that tenant's
/// account as the owner (<c>…GroupOwnerAccount</c> or <c>…GroupOwnerId</c>), answers exactly what a group id that does
/// not exist answers: naming the owner must not reveal that the group exists.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class LeakForeignGroupReferenceTests(ApiHostFixture host)
{
    [Theory]
    [InlineData("AuthorizeSecurityGroup", "SourceGroupId", "SourceGroupOwnerAccount")]
    [InlineData("AuthorizeSecurityGroup", "SourceGroupId", "SourceGroupOwnerId")]
    [InlineData("AuthorizeSecurityGroupEgress", "DestGroupId", "DestGroupOwnerAccount")]
    [InlineData("AuthorizeSecurityGroupEgress", "DestGroupId", "DestGroupOwnerId")]
    public async Task Authorize_ForeignGroupWithItsOwnerNamed_LooksLikeAnUnknownGroup(string action, string groupField, string ownerField)
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var alicesGroup = await alice.CreateSecurityGroupAsync();
        var bob = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob));
        var bobsGroup = await bob.CreateSecurityGroupAsync();
        var unknown = "sg-" + Guid.NewGuid().ToString("N")[..20];

        var foreign = await bob.Client.OnGroupAsync(action, bobsGroup, Reference(groupField, alicesGroup, ownerField));
        var missing = await bob.Client.OnGroupAsync(action, bobsGroup, Reference(groupField, unknown, ownerField));

        Assert.Equal(404, missing.Status);
        TenantIsolationTests.AssertLookAlike(foreign, missing, alicesGroup, unknown);
    }

    /// <summary>The same answer when the foreign group is an enterprise group (no other refusal may show through).</summary>
    [Fact]
    public async Task Authorize_ForeignEnterpriseGroupWithItsOwnerNamed_LooksLikeAnUnknownGroup()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var alicesGroup = await alice.CreateSecurityGroupAsync("enterprise");
        var bob = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob));
        var bobsGroup = await bob.CreateSecurityGroupAsync();
        var unknown = "sg-" + Guid.NewGuid().ToString("N")[..20];

        var foreign = await bob.Client.AuthorizeAsync(bobsGroup, Reference("SourceGroupId", alicesGroup, "SourceGroupOwnerAccount"));
        var missing = await bob.Client.AuthorizeAsync(bobsGroup, Reference("SourceGroupId", unknown, "SourceGroupOwnerAccount"));

        TenantIsolationTests.AssertLookAlike(foreign, missing, alicesGroup, unknown);
    }

    private static (string Name, string Value)[] Reference(string groupField, string groupId, string ownerField) =>
        Permission(1, ("IpProtocol", "TCP"), ("PortRange", "22/22"), (groupField, groupId), (ownerField, ApiHostFixture.Alice.AccountId));
}
