using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.NetworkInterfaces;

/// <summary>
/// What the API needs of an ENI beyond its groups: addresses allocated by count, the 49-secondary limit, tags, resource
/// group, DeleteOnRelease, attribute changes, and a directory summary that follows every change.
/// </summary>
[Collection(SharedCluster.Name)]
public class NetworkInterfaceAttributeTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task Create_WithSecondaryCount_TakesFreeAddressesAfterTheGivenOnes()
    {
        var group = await _region.CreateGroupAsync();
        var given = _region.NextAddress();
        var id = TestIds.NetworkInterface();

        var outcome = await _region.Eni(id).CreateAsync(_region.Spec(_region.NextAddress(), group) with
        {
            SecondaryIpAddresses = [given],
            SecondaryPrivateIpAddressCount = 3,
            Tags = ImmutableDictionary<string, string>.Empty.Add("env", "test"),
            ResourceGroupId = "rg-test",
            DeleteOnRelease = true,
        }, MutationOptions.Default);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var info = outcome.Value!;
        Assert.Equal(4, info.SecondaryIpAddresses.Length);
        Assert.Equal(given, info.SecondaryIpAddresses[0]);
        Assert.Equal(5, info.SecondaryIpAddresses.Append(info.PrimaryIpAddress).Distinct().Count());
        Assert.Equal("test", info.Tags["env"]);
        Assert.Equal("rg-test", info.ResourceGroupId);
        Assert.True(info.DeleteOnRelease);
        var described = await _region.Eni(id).GetInfoAsync();
        Assert.Equal<NetworkAddress>(info.SecondaryIpAddresses, described!.SecondaryIpAddresses);
        Assert.True(described.DeleteOnRelease);
    }

    [Fact]
    public async Task Create_GivenSecondaryWithoutPrimary_PrimaryIsAnotherFreeAddress()
    {
        var group = await _region.CreateGroupAsync();
        var vSwitch = await _region.CreateSecondVSwitchAsync(TestRegion.ZoneId);
        var vSwitchInfo = await fixture.Grains.GetGrain<Abstractions.VSwitches.IVSwitchGrain>(vSwitch).GetInfoAsync(_region.Owner);
        var firstFree = new NetworkAddress(vSwitchInfo!.CidrBlock.First + 1, IpFamily.IPv4);

        var outcome = await _region.Eni(TestIds.NetworkInterface()).CreateAsync(_region.Spec(firstFree, group) with
        {
            VSwitchId = vSwitch,
            PrimaryIpAddress = null,
            SecondaryIpAddresses = [firstFree],
        }, MutationOptions.Default);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Equal<NetworkAddress>([firstFree], outcome.Value!.SecondaryIpAddresses);
        Assert.NotEqual(firstFree, outcome.Value.PrimaryIpAddress);
    }

    [Fact]
    public async Task Create_MoreThan49Secondaries_IsIpv4CountExceededAndFreesNothingTaken()
    {
        var group = await _region.CreateGroupAsync();
        ImmutableArray<NetworkAddress> given = [.. Enumerable.Range(0, 40).Select(_ => _region.NextAddress())];

        var outcome = await _region.Eni(TestIds.NetworkInterface()).CreateAsync(_region.Spec(_region.NextAddress(), group) with
        {
            SecondaryIpAddresses = given,
            SecondaryPrivateIpAddressCount = 10,
        }, MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.Ipv4CountExceeded, outcome.Errors[0].Code);
        var reused = await _region.Eni(TestIds.NetworkInterface()).CreateAsync(_region.Spec(given[0], group) with { SecondaryIpAddresses = [.. given[1..]] }, MutationOptions.Default);
        Assert.True(reused.Succeeded, string.Join("; ", reused.Errors));
    }

    [Fact]
    public async Task AssignCount_AddsFreeAddressesAndShowsThemInTheDirectory()
    {
        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);

        var outcome = await _region.Eni(eni).AssignPrivateAddressCountAsync(_region.Owner, 2, MutationOptions.Default);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var assigned = outcome.Value!.Addresses;
        Assert.Equal(2, assigned.Length);
        var info = await _region.Eni(eni).GetInfoAsync();
        Assert.Equal<NetworkAddress>(assigned, info!.SecondaryIpAddresses);
        var found = await Directory().ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.NetworkInterface,
            AnyOf = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("PrivateIpAddress", [assigned[1].ToString(), "10.255.255.1"]),
        });
        Assert.Equal(eni, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task Assign_BeyondTheLimit_IsIpv4CountExceeded()
    {
        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);
        Assert.True((await _region.Eni(eni).AssignPrivateAddressCountAsync(_region.Owner, NetworkInterfaceLimits.SecondaryPrivateIpAddresses, MutationOptions.NoWait)).Succeeded);

        var byCount = await _region.Eni(eni).AssignPrivateAddressCountAsync(_region.Owner, 1, MutationOptions.Default);
        var primary = (await _region.Eni(eni).GetInfoAsync())!.PrimaryIpAddress;
        var explicitly = await _region.Eni(eni).AssignPrivateAddressesAsync(_region.Owner, [new NetworkAddress(primary.Value + 1000, IpFamily.IPv4)], MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.Ipv4CountExceeded, byCount.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.Ipv4CountExceeded, explicitly.Errors[0].Code);
    }

    [Fact]
    public async Task Assign_Ipv6HeldByAnotherEni_IsDuplicatedAndReleasesTheIpv4Claim()
    {
        var group = await _region.CreateGroupAsync();
        var first = await _region.CreateEniAsync(group);
        var second = await _region.CreateEniAsync(group);
        var ipv6 = NetworkAddress.Parse("2001:db8::5");
        Assert.True((await _region.Eni(first).AssignPrivateAddressesAsync(_region.Owner, [ipv6], MutationOptions.Default)).Succeeded);
        var ipv4 = _region.NextAddress();

        var refused = await _region.Eni(second).AssignPrivateAddressesAsync(_region.Owner, [ipv4, ipv6], MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.PrivateIpAddressDuplicated, refused.Errors[0].Code);
        Assert.Empty((await _region.Eni(second).GetInfoAsync())!.SecondaryIpAddresses);
        Assert.True((await _region.Eni(second).AssignPrivateAddressesAsync(_region.Owner, [ipv4], MutationOptions.Default)).Succeeded);
    }

    [Fact]
    public async Task ModifyAttributes_ChangesOnlyTheGivenFields()
    {
        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);
        Assert.True((await _region.Eni(eni).ModifyAttributesAsync(_region.Owner, new NetworkInterfaceAttributeChange { Name = "first", Description = "kept" })).Succeeded);

        var result = await _region.Eni(eni).ModifyAttributesAsync(_region.Owner, new NetworkInterfaceAttributeChange { Name = "second", DeleteOnRelease = true });

        Assert.True(result.Succeeded);
        var info = await _region.Eni(eni).GetInfoAsync();
        Assert.Equal(("second", "kept", true), (info!.Name, info.Description, info.DeleteOnRelease));
        Assert.Equal(eni, Assert.Single((await Directory().ListAsync(new ResourceQuery { Kind = ResourceKind.NetworkInterface, Name = "second" })).Items).Id);
        var stranger = await _region.Eni(eni).ModifyAttributesAsync(TestIds.Tenant(), new NetworkInterfaceAttributeChange { Name = "theirs" });
        Assert.Equal(EcsErrorCodes.NetworkInterfaceNotFound, stranger.Errors[0].Code);
    }

    [Fact]
    public async Task Summary_FollowsGroupsStatusAndTags()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        var id = TestIds.NetworkInterface();
        Assert.True((await _region.Eni(id).CreateAsync(_region.Spec(_region.NextAddress(), web) with
        {
            Tags = ImmutableDictionary<string, string>.Empty.Add("tier", "web"),
        }, MutationOptions.Default)).Succeeded);

        async Task<string[]> InGroup(string group) => [.. (await Directory().ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.NetworkInterface,
            AnyOf = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("SecurityGroupId", [group]),
        })).Items.Select(s => s.Id)];

        Assert.Equal([id], await InGroup(web));
        Assert.Empty(await InGroup(db));
        Assert.True((await _region.Eni(id).JoinSecurityGroupAsync(_region.Owner, db, MutationOptions.Default)).Succeeded);
        Assert.Equal([id], await InGroup(db));
        Assert.True((await _region.Eni(id).LeaveSecurityGroupAsync(_region.Owner, web, MutationOptions.Default)).Succeeded);
        Assert.Empty(await InGroup(web));
        Assert.True((await _region.Eni(id).ReplaceSecurityGroupsAsync(_region.Owner, [web], MutationOptions.Default)).Succeeded);
        Assert.Equal([id], await InGroup(web));
        Assert.Empty(await InGroup(db));

        var summary = Assert.Single((await Directory().ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.NetworkInterface,
            Tags = ImmutableDictionary<string, string>.Empty.Add("tier", "web"),
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Status", "Available").Add("Type", "Secondary"),
        })).Items);
        Assert.Equal(id, summary.Id);
    }

    private IAccountRegionDirectoryGrain Directory() => fixture.Grains.GetAccountRegionDirectory(_region.Owner);
}
