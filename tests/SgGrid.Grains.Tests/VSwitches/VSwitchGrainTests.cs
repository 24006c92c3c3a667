using SgGrid.Domain.Networks;
using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.VSwitches;

[Collection(SharedCluster.Name)]
public sealed class VSwitchGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private async Task<string> CreateVpcAsync(ResourceOwner owner)
    {
        var id = TestIds.Vpc();
        var created = await _grains.GetGrain<IVpcGrain>(id).CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/8") });
        Assert.True(created.Succeeded);
        return id;
    }

    private async Task<IVSwitchGrain> CreateVSwitchAsync(ResourceOwner owner, string vpcId, string cidr)
    {
        var vSwitch = _grains.GetGrain<IVSwitchGrain>(TestIds.VSwitch());
        var created = await vSwitch.CreateAsync(new VSwitchSpec { Owner = owner, VpcId = vpcId, ZoneId = "cn-hangzhou-h", CidrBlock = IpCidr.Parse(cidr), Name = "web" });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return vSwitch;
    }

    private static VSwitchSpec Spec(ResourceOwner owner, string vpcId, string cidr) =>
        new() { Owner = owner, VpcId = vpcId, ZoneId = "cn-hangzhou-h", CidrBlock = IpCidr.Parse(cidr) };

    [Fact]
    public async Task Create_InVpc_ReportsUsableAddressesAndRegisters()
    {
        var owner = TestIds.Tenant();
        var vpcId = await CreateVpcAsync(owner);
        var vSwitch = await CreateVSwitchAsync(owner, vpcId, "10.1.0.0/24");

        var info = await vSwitch.GetInfoAsync(owner);
        Assert.NotNull(info);
        Assert.Equal(252, info.AvailableIpAddressCount);
        Assert.Equal(vpcId, info.VpcId);
        Assert.Contains(info.VSwitchId, (await _grains.GetGrain<IVpcGrain>(vpcId).GetInfoAsync(owner))!.VSwitchIds);
        var page = await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery { Kind = ResourceKind.VSwitch, VpcId = vpcId });
        Assert.Equal(info.VSwitchId, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task Create_Errors_CarryTheirCodes()
    {
        var owner = TestIds.Tenant();
        var vpcId = await CreateVpcAsync(owner);
        await CreateVSwitchAsync(owner, vpcId, "10.1.0.0/24");

        async Task<string> CodeOf(VSwitchSpec spec) => Assert.Single((await _grains.GetGrain<IVSwitchGrain>(TestIds.VSwitch()).CreateAsync(spec)).Errors).Code;

        Assert.Equal(EcsErrorCodes.InvalidCidrBlock, await CodeOf(Spec(owner, vpcId, "10.2.0.0/15")));
        Assert.Equal(EcsErrorCodes.InvalidCidrBlock, await CodeOf(Spec(owner, vpcId, "10.2.0.0/30")));
        Assert.Equal(EcsErrorCodes.CidrBlockOverlapped, await CodeOf(Spec(owner, vpcId, "10.1.0.64/26")));
        Assert.Equal(EcsErrorCodes.CidrBlockMismatch, await CodeOf(Spec(owner, vpcId, "192.168.0.0/24")));
        Assert.Equal(EcsErrorCodes.VpcNotFound, await CodeOf(Spec(owner, TestIds.Vpc(), "10.3.0.0/24")));
        Assert.Equal(EcsErrorCodes.VpcNotFound, await CodeOf(Spec(TestIds.Tenant(), vpcId, "10.3.0.0/24")));
    }

    [Fact]
    public async Task OtherTenant_SeesNothingAndCannotAllocate()
    {
        var owner = TestIds.Tenant();
        var vSwitch = await CreateVSwitchAsync(owner, await CreateVpcAsync(owner), "10.1.0.0/28");
        var stranger = TestIds.Tenant();

        Assert.Null(await vSwitch.GetInfoAsync(stranger));
        Assert.Equal(EcsErrorCodes.VSwitchNotFound, Assert.Single((await vSwitch.AllocateAsync(stranger, 1)).Errors).Code);
        Assert.Equal(EcsErrorCodes.VSwitchNotFound, Assert.Single((await vSwitch.AllocateSpecificAsync(stranger, [NetworkAddress.Parse("10.1.0.5")])).Errors).Code);
        Assert.Equal(EcsErrorCodes.VSwitchNotFound, Assert.Single((await vSwitch.ReleaseAsync(stranger, [NetworkAddress.Parse("10.1.0.5")])).Errors).Code);
        Assert.Equal(EcsErrorCodes.VSwitchNotFound, Assert.Single((await vSwitch.DeleteAsync(stranger)).Errors).Code);
    }

    [Fact]
    public async Task Allocate_SmallVSwitch_SkipsReservedAndIsNotEnoughExactlyWhenFull()
    {
        var owner = TestIds.Tenant();
        var vSwitch = await CreateVSwitchAsync(owner, await CreateVpcAsync(owner), "10.1.0.0/28");

        var all = new List<NetworkAddress>();
        for (var i = 0; i < 12; i++)
        {
            var allocated = await vSwitch.AllocateAsync(owner, 1);
            Assert.True(allocated.Succeeded, $"allocation {i + 1} of 12 failed");
            all.AddRange(allocated.Value!.Addresses);
        }

        var expected = Enumerable.Range(1, 12).Select(i => NetworkAddress.Parse($"10.1.0.{i}"));
        Assert.Equal(expected.OrderBy(a => a.Value), all.OrderBy(a => a.Value));
        Assert.Equal(0, (await vSwitch.GetInfoAsync(owner))!.AvailableIpAddressCount);
        Assert.Equal(EcsErrorCodes.VSwitchIpNotEnough, Assert.Single((await vSwitch.AllocateAsync(owner, 1)).Errors).Code);

        await vSwitch.ReleaseAsync(owner, [NetworkAddress.Parse("10.1.0.7")]);
        Assert.Equal(NetworkAddress.Parse("10.1.0.7"), Assert.Single((await vSwitch.AllocateAsync(owner, 1)).Value!.Addresses));
    }

    [Fact]
    public async Task Allocate_MoreThanFree_TakesNothing()
    {
        var owner = TestIds.Tenant();
        var vSwitch = await CreateVSwitchAsync(owner, await CreateVpcAsync(owner), "10.1.0.0/28");
        Assert.Equal(10, (await vSwitch.AllocateAsync(owner, 10)).Value!.Addresses.Length);

        Assert.Equal(EcsErrorCodes.VSwitchIpNotEnough, Assert.Single((await vSwitch.AllocateAsync(owner, 3)).Errors).Code);
        Assert.Equal(2, (await vSwitch.GetInfoAsync(owner))!.AvailableIpAddressCount);
        Assert.Equal(2, (await vSwitch.AllocateAsync(owner, 2)).Value!.Addresses.Length);
    }

    [Fact]
    public async Task Allocate_FiftyConcurrentCallsFromTheClient_NeverDuplicate()
    {
        var owner = TestIds.Tenant();
        var vSwitch = await CreateVSwitchAsync(owner, await CreateVpcAsync(owner), "10.1.0.0/26");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => vSwitch.AllocateAsync(owner, 1)));

        Assert.All(results, r => Assert.True(r.Succeeded));
        var addresses = results.SelectMany(r => r.Value!.Addresses).ToList();
        Assert.Equal(50, addresses.Count);
        Assert.Equal(50, addresses.Distinct().Count());
        Assert.All(addresses, a => Assert.True(IpCidr.Parse("10.1.0.1/32").First <= a.Value && a.Value <= IpCidr.Parse("10.1.0.60").First));
        Assert.Equal(60 - 50, (await vSwitch.GetInfoAsync(owner))!.AvailableIpAddressCount);
    }

    [Fact]
    public async Task Allocate_LargeVSwitch_CountsAndWrapsWithoutDuplicates()
    {
        var owner = TestIds.Tenant();
        var vSwitch = await CreateVSwitchAsync(owner, await CreateVpcAsync(owner), "10.2.0.0/16");
        Assert.Equal(65532, (await vSwitch.GetInfoAsync(owner))!.AvailableIpAddressCount);

        var first = (await vSwitch.AllocateAsync(owner, 1000)).Value!.Addresses;
        await vSwitch.ReleaseAsync(owner, first[..500]);
        var second = (await vSwitch.AllocateAsync(owner, 1000)).Value!.Addresses;

        Assert.Equal(1000, second.Distinct().Count());
        Assert.Empty(second.Intersect(first[500..]));
        Assert.Equal(65532 - 1500, (await vSwitch.GetInfoAsync(owner))!.AvailableIpAddressCount);
    }

    [Fact]
    public async Task AllocateSpecific_ChecksBlockReservedAndTaken_AllOrNothing()
    {
        var owner = TestIds.Tenant();
        var vSwitch = await CreateVSwitchAsync(owner, await CreateVpcAsync(owner), "10.1.0.0/28");

        Assert.True((await vSwitch.AllocateSpecificAsync(owner, [NetworkAddress.Parse("10.1.0.5")])).Succeeded);
        Assert.Equal(EcsErrorCodes.PrivateIpAddressDuplicated, Assert.Single((await vSwitch.AllocateSpecificAsync(owner, [NetworkAddress.Parse("10.1.0.5")])).Errors).Code);
        Assert.Equal(EcsErrorCodes.VSwitchIpInvalid, Assert.Single((await vSwitch.AllocateSpecificAsync(owner, [NetworkAddress.Parse("10.1.0.16")])).Errors).Code);
        Assert.Equal(EcsErrorCodes.VSwitchIpInvalid, Assert.Single((await vSwitch.AllocateSpecificAsync(owner, [NetworkAddress.Parse("10.1.0.0")])).Errors).Code);
        Assert.Equal(EcsErrorCodes.VSwitchIpInvalid, Assert.Single((await vSwitch.AllocateSpecificAsync(owner, [NetworkAddress.Parse("10.1.0.13")])).Errors).Code);
        Assert.Equal(EcsErrorCodes.PrivateIpAddressDuplicated, Assert.Single((await vSwitch.AllocateSpecificAsync(owner, [NetworkAddress.Parse("10.1.0.6"), NetworkAddress.Parse("10.1.0.6")])).Errors).Code);

        // The failed calls took nothing: 10.1.0.6 is still free, and only 10.1.0.5 is allocated.
        Assert.Equal(11, (await vSwitch.GetInfoAsync(owner))!.AvailableIpAddressCount);
        var next = await vSwitch.AllocateAsync(owner, 11);
        Assert.DoesNotContain(NetworkAddress.Parse("10.1.0.5"), next.Value!.Addresses);
    }

    [Fact]
    public async Task Delete_WithAllocatedAddresses_IsDependencyViolation()
    {
        var owner = TestIds.Tenant();
        var vpcId = await CreateVpcAsync(owner);
        var vSwitch = await CreateVSwitchAsync(owner, vpcId, "10.1.0.0/28");
        var allocated = (await vSwitch.AllocateAsync(owner, 2)).Value!.Addresses;

        Assert.Equal(EcsErrorCodes.DependencyViolation, Assert.Single((await vSwitch.DeleteAsync(owner)).Errors).Code);
        await vSwitch.ReleaseAsync(owner, allocated);
        Assert.True((await vSwitch.DeleteAsync(owner)).Succeeded);

        Assert.Null(await vSwitch.GetInfoAsync(owner));
        Assert.Empty((await _grains.GetGrain<IVpcGrain>(vpcId).GetInfoAsync(owner))!.VSwitchIds);
        Assert.True((await _grains.GetGrain<IVpcGrain>(vpcId).DeleteAsync(owner)).Succeeded);
    }

    [Fact]
    public async Task VSwitch_BlocksVpcDelete()
    {
        var owner = TestIds.Tenant();
        var vpcId = await CreateVpcAsync(owner);
        await CreateVSwitchAsync(owner, vpcId, "10.1.0.0/24");

        var deleted = await _grains.GetGrain<IVpcGrain>(vpcId).DeleteAsync(owner);

        Assert.Equal(EcsErrorCodes.VpcDependencyVSwitch, Assert.Single(deleted.Errors).Code);
    }

    [Fact]
    public async Task Create_WithIpv6Index_CarriesItsSlash64AndRegistersEnableIpv6()
    {
        var owner = TestIds.Tenant();
        var vpcId = TestIds.Vpc();
        var vpcBlock = (await _grains.GetGrain<IVpcGrain>(vpcId).CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/8"), EnableIpv6 = true })).Value!.Ipv6CidrBlock!.Value;
        var vSwitch = _grains.GetGrain<IVSwitchGrain>(TestIds.VSwitch());

        var created = await vSwitch.CreateAsync(Spec(owner, vpcId, "10.1.0.0/24") with { Ipv6CidrBlockIndex = 255 });
        var plain = await _grains.GetGrain<IVSwitchGrain>(TestIds.VSwitch()).CreateAsync(Spec(owner, vpcId, "10.2.0.0/24"));

        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        Assert.Equal(Ipv6Blocks.VSwitchBlock(vpcBlock, 255), created.Value!.Ipv6CidrBlock);
        Assert.Equal(created.Value.Ipv6CidrBlock, (await vSwitch.GetInfoAsync(owner))!.Ipv6CidrBlock);
        Assert.Null(plain.Value!.Ipv6CidrBlock);
        var withIpv6 = await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.VSwitch,
            Attributes = ImmutableDictionary<string, string>.Empty.Add(NetworkResourceAttributes.EnableIpv6, "true"),
        });
        Assert.Equal(created.Value.VSwitchId, Assert.Single(withIpv6.Items).Id);
        Assert.Equal(EcsErrorCodes.IdempotentParameterMismatch, Assert.Single((await vSwitch.CreateAsync(Spec(owner, vpcId, "10.1.0.0/24"))).Errors).Code);
    }

    [Fact]
    public async Task Create_Ipv6IndexTakenOrVpcWithoutIpv6_IsRefused()
    {
        var owner = TestIds.Tenant();
        var ipv6Vpc = TestIds.Vpc();
        await _grains.GetGrain<IVpcGrain>(ipv6Vpc).CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/8"), EnableIpv6 = true });
        Assert.True((await _grains.GetGrain<IVSwitchGrain>(TestIds.VSwitch()).CreateAsync(Spec(owner, ipv6Vpc, "10.1.0.0/24") with { Ipv6CidrBlockIndex = 3 })).Succeeded);

        var taken = await _grains.GetGrain<IVSwitchGrain>(TestIds.VSwitch()).CreateAsync(Spec(owner, ipv6Vpc, "10.2.0.0/24") with { Ipv6CidrBlockIndex = 3 });
        var noIpv6 = await _grains.GetGrain<IVSwitchGrain>(TestIds.VSwitch()).CreateAsync(Spec(owner, await CreateVpcAsync(owner), "10.2.0.0/24") with { Ipv6CidrBlockIndex = 3 });

        Assert.Equal(EcsErrorCodes.Ipv6CidrBlockOverlapped, Assert.Single(taken.Errors).Code);
        Assert.Equal(EcsErrorCodes.Ipv6CidrBlockIllegal, Assert.Single(noIpv6.Errors).Code);
    }
}
