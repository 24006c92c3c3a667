using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Instances;

/// <summary>AttachNetworkInterface / DetachNetworkInterface: ECS's rules, and an attached ENI keeps its own groups.</summary>
[Collection(SharedCluster.Name)]
public class InstanceNetworkInterfaceTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task AttachDetach_SecondaryEni_KeepsItsOwnGroups()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "80/80", "0.0.0.0/0"));
        await _region.AuthorizeAsync(db, Direction.Ingress, In("TCP", "3306/3306", "0.0.0.0/0"), In("TCP", "22/22", "0.0.0.0/0", policy: "drop"));
        var instance = await _region.CreateInstanceAsync(web);
        var secondary = await _region.CreateEniAsync(db);

        var attached = await _region.Instance(instance.InstanceId).AttachNetworkInterfaceAsync(_region.Owner, secondary, MutationOptions.Default);

        Assert.True(attached.Succeeded, string.Join("; ", attached.Errors));
        var eni = await _region.Eni(secondary).GetInfoAsync();
        Assert.Equal(instance.InstanceId, eni!.InstanceId);
        Assert.Equal("InUse", eni.Status);
        Assert.Equal<string>([db], eni.SecurityGroupIds);
        var info = await _region.Instance(instance.InstanceId).GetInfoAsync();
        Assert.Equal<string>([secondary], info!.SecondaryNetworkInterfaceIds);
        Assert.Equal<string>([web], info.SecurityGroupIds);
        var summary = Assert.Single((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.NetworkInterface, InstanceId = instance.InstanceId, Ids = [secondary] })).Items);
        Assert.Equal(secondary, summary.Id);
        await _region.AssertMatchesReferenceAsync();
        Assert.True(await AllowsAsync(secondary, 3306));
        Assert.False(await AllowsAsync(secondary, 80));
        Assert.True(await AllowsAsync(instance.PrimaryNetworkInterfaceId, 80));

        var detached = await _region.Instance(instance.InstanceId).DetachNetworkInterfaceAsync(_region.Owner, secondary, MutationOptions.Default);

        Assert.True(detached.Succeeded, string.Join("; ", detached.Errors));
        eni = await _region.Eni(secondary).GetInfoAsync();
        Assert.Null(eni!.InstanceId);
        Assert.Equal("Available", eni.Status);
        Assert.Empty((await _region.Instance(instance.InstanceId).GetInfoAsync())!.SecondaryNetworkInterfaceIds);
        Assert.Empty((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.NetworkInterface, InstanceId = instance.InstanceId, Ids = [secondary] })).Items);
        await _region.AssertMatchesReferenceAsync();

        // Detached, it can be attached again (to another instance too).
        var other = await _region.CreateInstanceAsync(web);
        Assert.True((await _region.Instance(other.InstanceId).AttachNetworkInterfaceAsync(_region.Owner, secondary, MutationOptions.Default)).Succeeded);
    }

    [Fact]
    public async Task Attach_UnknownForeignOrPrimaryEni_IsRefused()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        var another = await _region.CreateInstanceAsync(group);
        var strangers = new TestRegion(fixture.Grains);
        var foreign = await strangers.CreateEniAsync(await strangers.CreateGroupAsync());

        Assert.Equal(EcsErrorCodes.NetworkInterfaceNotFound, (await Attach(instance.InstanceId, "eni-nope")).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.NetworkInterfaceNotFound, (await Attach(instance.InstanceId, foreign)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.InvalidEniType, (await Attach(instance.InstanceId, another.PrimaryNetworkInterfaceId)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.InvalidEniType, (await Attach(instance.InstanceId, instance.PrimaryNetworkInterfaceId)).Errors[0].Code);
    }

    [Fact]
    public async Task Attach_AttachedEni_IsInvalidEniState()
    {
        var group = await _region.CreateGroupAsync();
        var first = await _region.CreateInstanceAsync(group);
        var second = await _region.CreateInstanceAsync(group);
        var eni = await _region.CreateEniAsync(group);
        Assert.True((await Attach(first.InstanceId, eni)).Succeeded);

        Assert.Equal(EcsErrorCodes.InvalidEniState, (await Attach(second.InstanceId, eni)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.InvalidEniState, (await Attach(first.InstanceId, eni)).Errors[0].Code);
        Assert.Equal<string>([eni], (await _region.Instance(first.InstanceId).GetInfoAsync())!.SecondaryNetworkInterfaceIds);
    }

    [Fact]
    public async Task Attach_ConcurrentlyToTwoInstances_ExactlyOneWins()
    {
        var group = await _region.CreateGroupAsync();
        var first = await _region.CreateInstanceAsync(group);
        var second = await _region.CreateInstanceAsync(group);
        var eni = await _region.CreateEniAsync(group);

        var results = await Task.WhenAll(Attach(first.InstanceId, eni), Attach(second.InstanceId, eni));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(EcsErrorCodes.InvalidEniState, Assert.Single(results, r => !r.Succeeded).Errors[0].Code);
        var owner = (await _region.Eni(eni).GetInfoAsync())!.InstanceId;
        var winner = results[0].Succeeded ? first : second;
        Assert.Equal(winner.InstanceId, owner);
    }

    [Fact]
    public async Task Attach_EniInOtherVpc_IsVpcMismatch()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        var otherVpc = await _region.CreateOtherVpcAsync();
        var otherVSwitch = TestIds.VSwitch();
        Assert.True((await fixture.Grains.GetGrain<IVSwitchGrain>(otherVSwitch).CreateAsync(new VSwitchSpec
        {
            Owner = _region.Owner,
            VpcId = otherVpc,
            ZoneId = TestRegion.ZoneId,
            CidrBlock = IpCidr.Parse("172.16.0.0/24"),
        })).Succeeded);
        var otherGroup = await _region.CreateGroupAsync(vpcId: otherVpc);
        var eni = await CreateEniAsync(otherVpc, otherVSwitch, otherGroup);

        Assert.Equal(EcsErrorCodes.VpcMismatch, (await Attach(instance.InstanceId, eni)).Errors[0].Code);
    }

    [Fact]
    public async Task Attach_EniInOtherZone_IsAvailabilityZoneMismatch()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        var zoneB = await _region.CreateSecondVSwitchAsync("cn-test-b");
        var eni = await CreateEniAsync(_region.VpcId, zoneB, group);

        Assert.Equal(EcsErrorCodes.AvailabilityZoneMismatch, (await Attach(instance.InstanceId, eni)).Errors[0].Code);
        Assert.Null((await _region.Eni(eni).GetInfoAsync())!.InstanceId);
    }

    [Fact]
    public async Task Attach_BeyondTheLimit_IsEniPerInstanceLimitExceeded()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        for (var i = 0; i < 7; i++)
        {
            var attached = await Attach(instance.InstanceId, await _region.CreateEniAsync(group));
            Assert.True(attached.Succeeded, string.Join("; ", attached.Errors));
        }

        var eighth = await _region.CreateEniAsync(group);
        Assert.Equal(EcsErrorCodes.EniPerInstanceLimitExceeded, (await Attach(instance.InstanceId, eighth)).Errors[0].Code);
        Assert.Null((await _region.Eni(eighth).GetInfoAsync())!.InstanceId);
        Assert.Equal(7, (await _region.Instance(instance.InstanceId).GetInfoAsync())!.SecondaryNetworkInterfaceIds.Length);
    }

    [Fact]
    public async Task Detach_PrimaryUnknownOrNotAttached_IsRefused()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        var other = await _region.CreateInstanceAsync(group);
        var elsewhere = await _region.CreateEniAsync(group);
        var loose = await _region.CreateEniAsync(group);
        Assert.True((await Attach(other.InstanceId, elsewhere)).Succeeded);
        var strangers = new TestRegion(fixture.Grains);
        var foreign = await strangers.CreateEniAsync(await strangers.CreateGroupAsync());

        Assert.Equal(EcsErrorCodes.DetachPrimaryEniNotAllowed, (await Detach(instance.InstanceId, instance.PrimaryNetworkInterfaceId)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.NetworkInterfaceNotFound, (await Detach(instance.InstanceId, "eni-nope")).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.NetworkInterfaceNotFound, (await Detach(instance.InstanceId, foreign)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.InvalidEniState, (await Detach(instance.InstanceId, loose)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.InvalidEniState, (await Detach(instance.InstanceId, elsewhere)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.InvalidEniState, (await Detach(instance.InstanceId, other.PrimaryNetworkInterfaceId)).Errors[0].Code);
        Assert.Equal(other.InstanceId, (await _region.Eni(elsewhere).GetInfoAsync())!.InstanceId);
        Assert.Equal(instance.InstanceId, (await _region.Eni(instance.PrimaryNetworkInterfaceId).GetInfoAsync())!.InstanceId);
    }

    private Task<MutationResult> Attach(string instanceId, string eniId) =>
        _region.Instance(instanceId).AttachNetworkInterfaceAsync(_region.Owner, eniId, MutationOptions.Default);

    private Task<MutationResult> Detach(string instanceId, string eniId) =>
        _region.Instance(instanceId).DetachNetworkInterfaceAsync(_region.Owner, eniId, MutationOptions.Default);

    private async Task<string> CreateEniAsync(string vpcId, string vSwitchId, string group)
    {
        var id = TestIds.NetworkInterface();
        var outcome = await _region.Eni(id).CreateAsync(new NetworkInterfaceSpec
        {
            Owner = _region.Owner,
            VpcId = vpcId,
            VSwitchId = vSwitchId,
            SecurityGroupIds = [group],
        }, MutationOptions.Default);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return id;
    }

    private async Task<bool> AllowsAsync(string eniId, ushort port)
    {
        var address = _region.Enis[eniId];
        var outcome = await _region.Eni(eniId).EvaluateAsync(Direction.Ingress, Flow.Create(NetworkAddress.Parse("203.0.113.9"), address, IpProtocol.TcpNumber, 33000, port));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return outcome.Value!.Allowed;
    }

    private IAccountRegionDirectoryGrain Directory() => fixture.Grains.GetAccountRegionDirectory(_region.Owner);
}
