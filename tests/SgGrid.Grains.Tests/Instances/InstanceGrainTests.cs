using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Instances;

/// <summary>RunInstances (one instance), DescribeInstances, DeleteInstance and ModifyInstanceAttribute's group set.</summary>
[Collection(SharedCluster.Name)]
public class InstanceGrainTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task Create_WithGroups_CreatesPrimaryEniInThoseGroups()
    {
        var web = await _region.CreateGroupAsync();
        var admin = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "80/80", "0.0.0.0/0"));
        var address = _region.NextAddress();
        var id = TestIds.Instance();
        var spec = _region.InstanceSpec(address, web, admin) with { Name = "web-1", Tags = new Dictionary<string, string> { ["env"] = "test" }.ToImmutableDictionary() };

        var outcome = await _region.Instance(id).CreateAsync(spec, MutationOptions.Default);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var info = outcome.Value!;
        Assert.Equal(id, info.InstanceId);
        Assert.Equal(_region.VpcId, info.VpcId);
        Assert.Equal(_region.VSwitchId, info.VSwitchId);
        Assert.Equal(TestRegion.ZoneId, info.ZoneId);
        Assert.Equal(InstanceStatus.Running, info.Status);
        Assert.Equal("web-1", info.Name);
        Assert.Equal("ecs.g7.large", info.InstanceType);
        Assert.Equal<NetworkAddress>([address], info.PrivateIpAddresses);
        Assert.Equal<string>([web, admin], info.SecurityGroupIds);
        Assert.Empty(info.SecondaryNetworkInterfaceIds);
        var described = await _region.Instance(id).GetInfoAsync();
        Assert.NotNull(described);
        Assert.Equal((info.PrimaryNetworkInterfaceId, info.Name, info.CreationTime), (described.PrimaryNetworkInterfaceId, described.Name, described.CreationTime));
        Assert.Equal<string>(info.SecurityGroupIds, described.SecurityGroupIds);
        Assert.Equal<NetworkAddress>(info.PrivateIpAddresses, described.PrivateIpAddresses);
        Assert.Equal("test", described.Tags["env"]);

        var eni = await _region.Eni(info.PrimaryNetworkInterfaceId).GetInfoAsync();
        Assert.NotNull(eni);
        Assert.Equal(NetworkInterfaceType.Primary, eni.Type);
        Assert.Equal(id, eni.InstanceId);
        Assert.Equal("InUse", eni.Status);
        Assert.Equal(address, eni.PrimaryIpAddress);

        var listed = Assert.Single((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.Instance })).Items);
        Assert.Equal(id, listed.Id);
        Assert.Equal(_region.VpcId, listed.VpcId);
        Assert.Equal(_region.VSwitchId, listed.VSwitchId);
        Assert.Equal(TestRegion.ZoneId, listed.ZoneId);
        Assert.Equal("web-1", listed.Name);
        Assert.Equal("test", listed.Tags["env"]);
        Assert.Equal("Running", listed.Attributes["Status"]);
        Assert.Equal(address.ToString(), listed.Attributes["PrivateIpAddress"]);

        _region.Track(info.PrimaryNetworkInterfaceId, address, web, admin);
        await _region.AssertMatchesReferenceAsync();
    }

    [Fact]
    public async Task Create_WithoutAddressZoneOrVpc_TakesThemFromTheVSwitch()
    {
        var group = await _region.CreateGroupAsync();
        var spec = _region.InstanceSpec(null, group) with { VpcId = "", ZoneId = "" };
        var outcome = await _region.Instance(TestIds.Instance()).CreateAsync(spec, MutationOptions.Default);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Equal(_region.VpcId, outcome.Value!.VpcId);
        Assert.Equal(TestRegion.ZoneId, outcome.Value.ZoneId);
        Assert.Equal(outcome.Value.InstanceId, outcome.Value.Name);
        Assert.Single(outcome.Value.PrivateIpAddresses);
    }

    [Fact]
    public async Task Create_Twice_IsRefused()
    {
        var group = await _region.CreateGroupAsync();
        var id = TestIds.Instance();
        Assert.True((await _region.Instance(id).CreateAsync(_region.InstanceSpec(_region.NextAddress(), group), MutationOptions.Default)).Succeeded);
        var again = await _region.Instance(id).CreateAsync(_region.InstanceSpec(_region.NextAddress(), group), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.AlreadyInSecurityGroup, again.Errors[0].Code);
    }

    [Fact]
    public async Task Create_BadVSwitch_IsRefused()
    {
        var group = await _region.CreateGroupAsync();
        var otherVpc = await _region.CreateOtherVpcAsync();
        var unknown = await Launch(_region.InstanceSpec(_region.NextAddress(), group) with { VSwitchId = "vsw-nope" });
        var wrongVpc = await Launch(_region.InstanceSpec(_region.NextAddress(), group) with { VpcId = otherVpc });
        var wrongZone = await Launch(_region.InstanceSpec(_region.NextAddress(), group) with { ZoneId = "cn-test-z" });
        var foreign = await Launch(_region.InstanceSpec(_region.NextAddress(), group) with { Owner = TestIds.Tenant() });
        Assert.Equal(EcsErrorCodes.VSwitchNotFound, unknown.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.VpcMismatch, wrongVpc.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.VSwitchZoneMismatch, wrongZone.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.VSwitchNotFound, foreign.Errors[0].Code);
    }

    [Fact]
    public async Task Create_EniRefuses_ErrorPropagatesAndNothingIsLeft()
    {
        var group = await _region.CreateGroupAsync();
        var address = _region.NextAddress();
        var id = TestIds.Instance();

        var unknownGroup = await _region.Instance(id).CreateAsync(_region.InstanceSpec(address, group, "sg-nope"), MutationOptions.Default);
        var outside = await _region.Instance(id).CreateAsync(_region.InstanceSpec(NetworkAddress.Parse("192.0.2.10"), group), MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, unknownGroup.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.VSwitchIpInvalid, outside.Errors[0].Code);
        Assert.Null(await _region.Instance(id).GetInfoAsync());
        Assert.Empty(await _region.Group(group).GetMembersAsync());
        Assert.Empty((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.Instance })).Items);
        Assert.Empty((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.NetworkInterface })).Items);

        // The address went back to the vSwitch: the same launch with good groups succeeds.
        var retried = await _region.Instance(id).CreateAsync(_region.InstanceSpec(address, group), MutationOptions.Default);
        Assert.True(retried.Succeeded, string.Join("; ", retried.Errors));
    }

    [Fact]
    public async Task Create_AddressTaken_IsDuplicated()
    {
        var group = await _region.CreateGroupAsync();
        var taken = await _region.CreateInstanceAsync(group);
        var outcome = await Launch(_region.InstanceSpec(taken.PrivateIpAddresses[0], group));
        Assert.Equal(EcsErrorCodes.PrivateIpAddressDuplicated, outcome.Errors[0].Code);
    }

    [Fact]
    public async Task Delete_RemovesPrimaryEniAndKeepsSecondariesAvailable()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        var secondary = await _region.CreateEniAsync(group);
        Assert.True((await _region.Instance(instance.InstanceId).AttachNetworkInterfaceAsync(_region.Owner, secondary, MutationOptions.Default)).Succeeded);

        var deleted = await _region.Instance(instance.InstanceId).DeleteAsync(_region.Owner, MutationOptions.Default);

        Assert.True(deleted.Succeeded, string.Join("; ", deleted.Errors));
        Assert.Null(await _region.Instance(instance.InstanceId).GetInfoAsync());
        Assert.Null(await _region.Eni(instance.PrimaryNetworkInterfaceId).GetInfoAsync());
        var survivor = await _region.Eni(secondary).GetInfoAsync();
        Assert.NotNull(survivor);
        Assert.Null(survivor.InstanceId);
        Assert.Equal("Available", survivor.Status);
        Assert.Equal<string>([secondary], await _region.Group(group).GetMembersAsync());
        Assert.Empty((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.Instance })).Items);
        var eniSummary = Assert.Single((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.NetworkInterface })).Items);
        Assert.Null(eniSummary.InstanceId);

        // The primary address is free again.
        var reused = await Launch(_region.InstanceSpec(instance.PrivateIpAddresses[0], group));
        Assert.True(reused.Succeeded, string.Join("; ", reused.Errors));

        var again = await _region.Instance(instance.InstanceId).DeleteAsync(_region.Owner, MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.InstanceNotFound, again.Errors[0].Code);
    }

    [Fact]
    public async Task Calls_UnknownOrForeignInstance_AreNotFound()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        var stranger = TestIds.Tenant();
        var eni = await _region.CreateEniAsync(group);
        foreach (var (grain, caller) in new[] { (_region.Instance("i-nope"), _region.Owner), (_region.Instance(instance.InstanceId), stranger) })
        {
            Assert.Equal(EcsErrorCodes.InstanceNotFound, (await grain.DeleteAsync(caller, MutationOptions.Default)).Errors[0].Code);
            Assert.Equal(EcsErrorCodes.InstanceNotFound, (await grain.AttachNetworkInterfaceAsync(caller, eni, MutationOptions.Default)).Errors[0].Code);
            Assert.Equal(EcsErrorCodes.InstanceNotFound, (await grain.DetachNetworkInterfaceAsync(caller, eni, MutationOptions.Default)).Errors[0].Code);
            Assert.Equal(EcsErrorCodes.InstanceNotFound, (await grain.ReplaceSecurityGroupsAsync(caller, [group], MutationOptions.Default)).Errors[0].Code);
        }

        Assert.Null(await _region.Instance("i-nope").GetInfoAsync());
        Assert.NotNull(await _region.Instance(instance.InstanceId).GetInfoAsync());
    }

    [Fact]
    public async Task ReplaceSecurityGroups_ForwardsToPrimaryEni()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "80/80", "0.0.0.0/0"));
        await _region.AuthorizeAsync(db, Direction.Ingress, In("TCP", "3306/3306", "0.0.0.0/0"));
        var instance = await _region.CreateInstanceAsync(web);
        await _region.CreateEniAsync(web);
        await _region.AssertMatchesReferenceAsync();

        var replaced = await _region.Instance(instance.InstanceId).ReplaceSecurityGroupsAsync(_region.Owner, [db], MutationOptions.Default);

        Assert.True(replaced.Succeeded, string.Join("; ", replaced.Errors));
        Assert.Equal<string>([db], (await _region.Instance(instance.InstanceId).GetInfoAsync())!.SecurityGroupIds);
        _region.Track(instance.PrimaryNetworkInterfaceId, db);
        await _region.AssertMatchesReferenceAsync();

        var none = await _region.Instance(instance.InstanceId).ReplaceSecurityGroupsAsync(_region.Owner, [], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.MissingSecurityGroup, none.Errors[0].Code);
    }

    private Task<Outcome<InstanceInfo>> Launch(InstanceSpec spec) =>
        _region.Instance(TestIds.Instance()).CreateAsync(spec, MutationOptions.Default);

    private IAccountRegionDirectoryGrain Directory() => fixture.Grains.GetAccountRegionDirectory(_region.Owner);
}
