using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>JoinSecurityGroup and LeaveSecurityGroup over HTTP, by instance and by ENI.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class SecurityGroupMembershipTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task JoinLeave_ByInstance_ChangesThePrimaryEnisGroups(SignatureMode mode)
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice, mode));
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var admin = await region.CreateSecurityGroupAsync(name: "admin");
        var instance = await region.RunInstanceAsync([web]);

        // No RegionId: the instance is found by its id.
        (await region.Client.EcsAsync("JoinSecurityGroup", ("InstanceId", instance), ("SecurityGroupId", admin))).Ok();
        Assert.Equal([web, admin], (await region.DescribeInstanceAsync(instance)).Strings("SecurityGroupIds.SecurityGroupId"));

        (await region.Client.EcsAsync("LeaveSecurityGroup", ("RegionId", Region), ("InstanceId", instance), ("SecurityGroupId", web))).Ok();
        Assert.Equal([admin], (await region.DescribeInstanceAsync(instance)).Strings("SecurityGroupIds.SecurityGroupId"));
    }

    [Fact]
    public async Task JoinLeave_ByNetworkInterface_ChangesItsGroups()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var admin = await region.CreateSecurityGroupAsync(name: "admin");
        var eni = await region.CreateEniIdAsync(web);

        (await region.Client.EcsAsync("JoinSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", admin))).Ok();
        Assert.Equal([web, admin], (await region.DescribeEniAsync(eni)).Strings("SecurityGroupIds.SecurityGroupId"));

        (await region.Client.EcsAsync("LeaveSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", admin))).Ok();
        Assert.Equal([web], (await region.DescribeEniAsync(eni)).Strings("SecurityGroupIds.SecurityGroupId"));
    }

    [Fact]
    public async Task JoinLeave_EcsRules_AnswerEcsCodes()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var other = await region.CreateSecurityGroupAsync(name: "other");
        var instance = await region.RunInstanceAsync([web]);
        var eni = await region.CreateEniIdAsync(web);
        var elsewhere = await (await ApiRegion.CreateAsync(client, "192.168.0.0/16", "192.168.1.0/24")).CreateSecurityGroupAsync();

        (await client.EcsAsync("JoinSecurityGroup", ("InstanceId", instance), ("SecurityGroupId", web))).Fails("InvalidInstanceId.AlreadyExists", 403);
        (await client.EcsAsync("LeaveSecurityGroup", ("InstanceId", instance), ("SecurityGroupId", web))).Fails("InstanceLastSecurityGroup", 403);
        (await client.EcsAsync("LeaveSecurityGroup", ("InstanceId", instance), ("SecurityGroupId", other))).Fails("InstanceNotInSecurityGroup", 403);
        (await client.EcsAsync("JoinSecurityGroup", ("InstanceId", instance), ("SecurityGroupId", elsewhere))).Fails("InvalidInstanceId.Mismatch", 400);
        (await client.EcsAsync("JoinSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", elsewhere))).Fails("InvalidInstanceId.Mismatch", 400);
        (await client.EcsAsync("LeaveSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", web))).Fails("InstanceLastSecurityGroup", 403);
    }

    [Fact]
    public async Task Join_BeyondTheGroupQuota_IsInstanceOrEniLimitCode()
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var groups = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            groups.Add(await region.CreateSecurityGroupAsync(name: $"g{i}"));
        }

        var instance = await region.RunInstanceAsync([.. groups.Take(10)]);
        var eni = await region.CreateEniIdAsync([.. groups.Take(10)]);

        (await client.EcsAsync("JoinSecurityGroup", ("InstanceId", instance), ("SecurityGroupId", groups[10]))).Fails("InstanceSecurityGroupLimitExceeded", 403);
        (await client.EcsAsync("JoinSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId", groups[10]))).Fails("JoinedGroupLimitExceed", 400);
    }

    [Theory]
    [InlineData("JoinSecurityGroup")]
    [InlineData("LeaveSecurityGroup")]
    public async Task JoinLeave_BadTarget_IsRefused(string action)
    {
        var client = host.Client(ApiHostFixture.Alice);
        var region = await ApiRegion.CreateAsync(client);
        var group = await region.CreateSecurityGroupAsync();
        var instance = await region.RunInstanceAsync([group]);
        var eni = await region.CreateEniIdAsync(group);

        (await client.EcsAsync(action, ("SecurityGroupId", group))).Fails("MissingInstanceId", 400);
        (await client.EcsAsync(action, ("InstanceId", instance))).Fails("MissingSecurityGroupId", 400);
        (await client.EcsAsync(action, ("InstanceId", instance), ("NetworkInterfaceId", eni), ("SecurityGroupId", group))).Fails("InvalidParameter.Conflict", 400);
        (await client.EcsAsync(action, ("NetworkInterfaceId", eni), ("SecurityGroupId", group))).Fails("MissingRegionId", 400);
        (await client.EcsAsync(action, ("RegionId", "mars-1"), ("InstanceId", instance), ("SecurityGroupId", group))).Fails("InvalidRegionId.NotFound", 404);
        (await client.EcsAsync(action, ("RegionId", "cn-shanghai"), ("InstanceId", instance), ("SecurityGroupId", group))).Fails("InvalidInstanceId.NotFound", 404);
        (await client.EcsAsync(action, ("InstanceId", "i-missing00000000000000"), ("SecurityGroupId", group))).Fails("InvalidInstanceId.NotFound", 404);
        (await client.EcsAsync(action, ("RegionId", Region), ("NetworkInterfaceId", "eni-missing0000000000000"), ("SecurityGroupId", group))).Fails("InvalidEniId.NotFound", 404);
        (await client.EcsAsync(action, ("InstanceId", instance), ("SecurityGroupId", "sg-missing00000000000"))).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task JoinLeave_AnotherTenantsInstanceEniOrGroup_LooksNotFound()
    {
        var alice = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice));
        var aliceGroup = await alice.CreateSecurityGroupAsync();
        var aliceInstance = await alice.RunInstanceAsync([aliceGroup]);
        var aliceEni = await alice.CreateEniIdAsync(aliceGroup);
        var bob = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob));
        var bobGroup = await bob.CreateSecurityGroupAsync();
        var bobInstance = await bob.RunInstanceAsync([bobGroup]);

        (await bob.Client.EcsAsync("JoinSecurityGroup", ("InstanceId", aliceInstance), ("SecurityGroupId", bobGroup))).Fails("InvalidInstanceId.NotFound", 404);
        (await bob.Client.EcsAsync("JoinSecurityGroup", ("RegionId", Region), ("InstanceId", aliceInstance), ("SecurityGroupId", bobGroup))).Fails("InvalidInstanceId.NotFound", 404);
        (await bob.Client.EcsAsync("JoinSecurityGroup", ("RegionId", Region), ("NetworkInterfaceId", aliceEni), ("SecurityGroupId", bobGroup))).Fails("InvalidEniId.NotFound", 404);
        (await bob.Client.EcsAsync("JoinSecurityGroup", ("InstanceId", bobInstance), ("SecurityGroupId", aliceGroup))).Fails("InvalidSecurityGroupId.NotFound", 404);
        (await bob.Client.EcsAsync("LeaveSecurityGroup", ("InstanceId", aliceInstance), ("SecurityGroupId", aliceGroup))).Fails("InvalidInstanceId.NotFound", 404);
    }
}
