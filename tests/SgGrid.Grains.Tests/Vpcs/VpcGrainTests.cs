using SgGrid.Domain.Networks;
using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Vpcs;

[Collection(SharedCluster.Name)]
public sealed class VpcGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private async Task<(IVpcGrain Vpc, string Id)> CreateVpcAsync(ResourceOwner owner, string cidr = "10.0.0.0/16")
    {
        var id = TestIds.Vpc();
        var vpc = _grains.GetGrain<IVpcGrain>(id);
        var created = await vpc.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse(cidr), Name = "main" });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return (vpc, id);
    }

    [Fact]
    public async Task Create_ValidBlock_IsVisibleToOwnerAndInDirectory()
    {
        var owner = TestIds.Tenant();
        var (vpc, id) = await CreateVpcAsync(owner, "172.16.0.0/12");

        var info = await vpc.GetInfoAsync(owner);
        Assert.NotNull(info);
        Assert.Equal(id, info.VpcId);
        Assert.Equal(IpCidr.Parse("172.16.0.0/12"), info.CidrBlock);
        Assert.Equal("main", info.Name);
        var page = await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery { Kind = ResourceKind.Vpc });
        Assert.Equal(id, Assert.Single(page.Items).Id);
    }

    [Theory]
    [InlineData("10.0.0.0/7")]
    [InlineData("10.0.0.0/29")]
    [InlineData("100.64.0.0/16")]
    [InlineData("127.0.0.0/16")]
    [InlineData("169.254.0.0/16")]
    [InlineData("224.0.0.0/8")]
    [InlineData("2001:db8::/48")]
    public async Task Create_RefusedBlock_IsMalformed(string cidr)
    {
        var vpc = _grains.GetGrain<IVpcGrain>(TestIds.Vpc());
        var created = await vpc.CreateAsync(new VpcSpec { Owner = TestIds.Tenant(), CidrBlock = IpCidr.Parse(cidr) });
        Assert.Equal(EcsErrorCodes.InvalidCidrBlock, Assert.Single(created.Errors).Code);
    }

    [Fact]
    public async Task Create_Again_SameSpecSucceedsOtherSpecMismatches()
    {
        var owner = TestIds.Tenant();
        var (vpc, _) = await CreateVpcAsync(owner);

        Assert.True((await vpc.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/16"), Name = "main" })).Succeeded);
        var other = await vpc.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.1.0.0/16"), Name = "main" });
        Assert.Equal(EcsErrorCodes.IdempotentParameterMismatch, Assert.Single(other.Errors).Code);
    }

    [Fact]
    public async Task OtherTenant_SeesNothingAndCannotUse()
    {
        var (vpc, _) = await CreateVpcAsync(TestIds.Tenant());
        var stranger = TestIds.Tenant();

        Assert.Null(await vpc.GetInfoAsync(stranger));
        Assert.Null(await vpc.GetInfoAsync(new ResourceOwner(stranger.AccountId, "cn-beijing")));
        Assert.Equal(EcsErrorCodes.VpcNotFound, Assert.Single((await vpc.DeleteAsync(stranger)).Errors).Code);
        Assert.Equal(EcsErrorCodes.VpcNotFound, Assert.Single((await vpc.RegisterVSwitchAsync(stranger, TestIds.VSwitch(), IpCidr.Parse("10.0.1.0/24"))).Errors).Code);
        Assert.Equal(EcsErrorCodes.VpcNotFound, Assert.Single((await vpc.RegisterSecurityGroupAsync(stranger, TestIds.SecurityGroup())).Errors).Code);
        Assert.Equal(EcsErrorCodes.VpcNotFound, Assert.Single((await vpc.RegisterAddressesAsync(stranger, TestIds.NetworkInterface(), AddressSet.Of(IpCidr.Parse("10.0.0.5")))).Errors).Code);
        Assert.Equal(EcsErrorCodes.VpcNotFound, Assert.Single((await vpc.GetOrReserveDefaultSecurityGroupIdAsync(stranger)).Errors).Code);
        Assert.Empty((await _grains.GetAccountRegionDirectory(stranger).ListAsync(new ResourceQuery { Kind = ResourceKind.Vpc })).Items);
    }

    [Fact]
    public async Task Missing_GetInfoIsNullAndDeleteNotFound()
    {
        var owner = TestIds.Tenant();
        var vpc = _grains.GetGrain<IVpcGrain>(TestIds.Vpc());
        Assert.Null(await vpc.GetInfoAsync(owner));
        Assert.Equal(EcsErrorCodes.VpcNotFound, Assert.Single((await vpc.DeleteAsync(owner)).Errors).Code);
    }

    [Fact]
    public async Task RegisterVSwitch_OutsideOrOverlapping_IsRefused()
    {
        var owner = TestIds.Tenant();
        var (vpc, _) = await CreateVpcAsync(owner);
        var first = TestIds.VSwitch();

        Assert.True((await vpc.RegisterVSwitchAsync(owner, first, IpCidr.Parse("10.0.1.0/24"))).Succeeded);
        Assert.True((await vpc.RegisterVSwitchAsync(owner, first, IpCidr.Parse("10.0.1.0/24"))).Succeeded);
        Assert.Equal(EcsErrorCodes.CidrBlockOverlapped, Assert.Single((await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.0.1.128/25"))).Errors).Code);
        Assert.Equal(EcsErrorCodes.CidrBlockOverlapped, Assert.Single((await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.0.0.0/16"))).Errors).Code);
        Assert.Equal(EcsErrorCodes.CidrBlockMismatch, Assert.Single((await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.1.0.0/24"))).Errors).Code);
        Assert.Equal(EcsErrorCodes.InvalidCidrBlock, Assert.Single((await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.0.2.0/30"))).Errors).Code);
        Assert.Equal(EcsErrorCodes.IdempotentParameterMismatch, Assert.Single((await vpc.RegisterVSwitchAsync(owner, first, IpCidr.Parse("10.0.2.0/24"))).Errors).Code);
    }

    [Fact]
    public async Task Delete_WithDependents_IsRefusedUntilTheyLeave()
    {
        var owner = TestIds.Tenant();
        var (vpc, id) = await CreateVpcAsync(owner);
        var vSwitchId = TestIds.VSwitch();
        var groupId = TestIds.SecurityGroup();
        var eniId = TestIds.NetworkInterface();
        await vpc.RegisterVSwitchAsync(owner, vSwitchId, IpCidr.Parse("10.0.1.0/24"));
        await vpc.RegisterSecurityGroupAsync(owner, groupId);
        await vpc.RegisterAddressesAsync(owner, eniId, AddressSet.Of(IpCidr.Parse("10.0.1.10")));

        Assert.Equal(EcsErrorCodes.VpcDependencyVSwitch, Assert.Single((await vpc.DeleteAsync(owner)).Errors).Code);
        await vpc.UnregisterVSwitchAsync(vSwitchId);
        Assert.Equal(EcsErrorCodes.VpcDependencySecurityGroup, Assert.Single((await vpc.DeleteAsync(owner)).Errors).Code);
        await vpc.UnregisterSecurityGroupAsync(groupId);
        Assert.Equal(EcsErrorCodes.VpcDependencyInstance, Assert.Single((await vpc.DeleteAsync(owner)).Errors).Code);
        await vpc.UnregisterAddressesAsync(eniId);

        Assert.True((await vpc.DeleteAsync(owner)).Succeeded);
        Assert.Null(await vpc.GetInfoAsync(owner));
        var page = await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery { Kind = ResourceKind.Vpc, Ids = [id] });
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task AddressIndex_FindsTheHolder_AndForgetsOnUnregister()
    {
        var owner = TestIds.Tenant();
        var (vpc, _) = await CreateVpcAsync(owner);
        var web = TestIds.NetworkInterface();
        var db = TestIds.NetworkInterface();
        await vpc.RegisterAddressesAsync(owner, web, AddressSet.Of(IpCidr.Parse("10.0.1.10"), IpCidr.Parse("10.0.1.11"), IpCidr.Parse("2001:db8::10")));
        await vpc.RegisterAddressesAsync(owner, db, AddressSet.Of(IpCidr.Parse("10.0.2.20"), IpCidr.Parse("10.0.3.0/28"), IpCidr.Parse("2001:db8:1::/80")));

        Assert.Equal(web, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.1.11")));
        Assert.Equal(web, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("2001:db8::10")));
        Assert.Equal(db, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.2.20")));
        Assert.Equal(db, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.3.15")));
        Assert.Equal(db, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("2001:db8:1::abcd")));
        Assert.Null(await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.1.12")));
        Assert.Equal(2, (await vpc.GetInfoAsync(owner))!.NetworkInterfaceCount);

        // Re-registering replaces the ENI's addresses.
        await vpc.RegisterAddressesAsync(owner, web, AddressSet.Of(IpCidr.Parse("10.0.1.12")));
        Assert.Null(await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.1.10")));
        Assert.Equal(web, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.1.12")));

        await vpc.UnregisterAddressesAsync(db);
        Assert.Null(await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.3.15")));
        Assert.Null(await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("2001:db8:1::abcd")));
    }

    [Fact]
    public async Task RegisterAddresses_HeldByAnotherEni_IsDuplicated()
    {
        var owner = TestIds.Tenant();
        var (vpc, _) = await CreateVpcAsync(owner);
        var first = TestIds.NetworkInterface();
        await vpc.RegisterAddressesAsync(owner, first, AddressSet.Of(IpCidr.Parse("10.0.1.10")));

        var result = await vpc.RegisterAddressesAsync(owner, TestIds.NetworkInterface(), AddressSet.Of(IpCidr.Parse("10.0.1.8/29")));

        Assert.Equal(EcsErrorCodes.PrivateIpAddressDuplicated, Assert.Single(result.Errors).Code);
        Assert.Equal(first, await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.1.10")));
        Assert.Null(await vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse("10.0.1.9")));
    }

    [Fact]
    public async Task DefaultSecurityGroupId_IsReservedOnceAndStable()
    {
        var owner = TestIds.Tenant();
        var (vpc, _) = await CreateVpcAsync(owner);

        var first = await vpc.GetOrReserveDefaultSecurityGroupIdAsync(owner);
        var second = await vpc.GetOrReserveDefaultSecurityGroupIdAsync(owner);

        Assert.True(first.Succeeded);
        Assert.True(ResourceIds.HasShape(first.Value, ResourceIds.SecurityGroupPrefix));
        Assert.Equal(first.Value, second.Value);
        Assert.Equal(first.Value, (await vpc.GetInfoAsync(owner))!.DefaultSecurityGroupId);
    }

    [Fact]
    public async Task RegisterVSwitch_BeyondQuota_IsRefused()
    {
        var owner = TestIds.Tenant();
        var (vpc, _) = await CreateVpcAsync(owner);
        for (var i = 0; i < 150; i++)
        {
            Assert.True((await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse($"10.0.{i}.0/24"))).Succeeded);
        }

        var refused = await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.0.200.0/24"));

        Assert.Equal(EcsErrorCodes.VSwitchQuotaExceeded, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Create_WithIpv6_GetsASlash56OfThePool_UniquePerVpc()
    {
        var owner = TestIds.Tenant();
        var first = _grains.GetGrain<IVpcGrain>(TestIds.Vpc());
        var second = _grains.GetGrain<IVpcGrain>(TestIds.Vpc());

        var a = await first.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/16"), EnableIpv6 = true });
        var b = await second.CreateAsync(new VpcSpec { Owner = TestIds.Tenant(), CidrBlock = IpCidr.Parse("10.0.0.0/16"), EnableIpv6 = true });

        Assert.True(a.Succeeded && b.Succeeded);
        var blockA = Assert.NotNull(a.Value!.Ipv6CidrBlock);
        var blockB = Assert.NotNull(b.Value!.Ipv6CidrBlock);
        Assert.Equal(56, blockA.PrefixLength);
        Assert.True(Ipv6Blocks.VpcPool.Contains(blockA));
        Assert.False(blockA.Overlaps(blockB));
        Assert.Equal(blockA, (await first.GetInfoAsync(owner))!.Ipv6CidrBlock);
        var retried = await first.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/16"), EnableIpv6 = true });
        Assert.Equal(blockA, retried.Value!.Ipv6CidrBlock);
        var mismatch = await first.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/16") });
        Assert.Equal(EcsErrorCodes.IdempotentParameterMismatch, Assert.Single(mismatch.Errors).Code);
    }

    [Fact]
    public async Task Create_WithoutIpv6_HasNoBlockAndRegistersEnableIpv6False()
    {
        var owner = TestIds.Tenant();
        var (vpc, id) = await CreateVpcAsync(owner);

        Assert.Null((await vpc.GetInfoAsync(owner))!.Ipv6CidrBlock);
        var page = await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.Vpc,
            Attributes = ImmutableDictionary<string, string>.Empty.Add(NetworkResourceAttributes.EnableIpv6, "false"),
        });
        Assert.Equal(id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task RegisterVSwitch_Ipv6Index_ReservesTheSlash64Once()
    {
        var owner = TestIds.Tenant();
        var vpc = _grains.GetGrain<IVpcGrain>(TestIds.Vpc());
        var block = (await vpc.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/16"), EnableIpv6 = true })).Value!.Ipv6CidrBlock!.Value;
        var first = TestIds.VSwitch();

        var registered = await vpc.RegisterVSwitchAsync(owner, first, IpCidr.Parse("10.0.1.0/24"), 7);
        var again = await vpc.RegisterVSwitchAsync(owner, first, IpCidr.Parse("10.0.1.0/24"), 7);
        var taken = await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.0.2.0/24"), 7);
        var otherIndex = await vpc.RegisterVSwitchAsync(owner, first, IpCidr.Parse("10.0.1.0/24"), 8);

        Assert.Equal(Ipv6Blocks.VSwitchBlock(block, 7), registered.Value!.Ipv6CidrBlock);
        Assert.Equal(registered.Value, again.Value);
        Assert.Equal(EcsErrorCodes.Ipv6CidrBlockOverlapped, Assert.Single(taken.Errors).Code);
        Assert.Equal(EcsErrorCodes.IdempotentParameterMismatch, Assert.Single(otherIndex.Errors).Code);

        // Unregistering frees the index for another vSwitch.
        await vpc.UnregisterVSwitchAsync(first);
        Assert.True((await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.0.2.0/24"), 7)).Succeeded);
    }

    [Fact]
    public async Task RegisterVSwitch_Ipv6IndexInIpv4OnlyVpc_IsIllegal()
    {
        var owner = TestIds.Tenant();
        var (vpc, _) = await CreateVpcAsync(owner);

        var refused = await vpc.RegisterVSwitchAsync(owner, TestIds.VSwitch(), IpCidr.Parse("10.0.1.0/24"), 0);

        Assert.Equal(EcsErrorCodes.Ipv6CidrBlockIllegal, Assert.Single(refused.Errors).Code);
        Assert.Empty((await vpc.GetInfoAsync(owner))!.VSwitchIds);
    }
}
