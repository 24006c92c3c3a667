using SgGrid.Domain.Addresses;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Faults;

/// <summary>
/// CreateNetworkInterface all or nothing (docs/scale.md): a storage failure at any step (the VPC's address index, a
/// group's membership, the ENI's own record, the tenant directory) fails the creation and leaves no saved ENI, no held
/// address, no index entry, no membership and no directory entry; the same address is free for the next creation.
/// </summary>
public sealed class CreationFaultTests(FaultClusterFixture fixture) : IClassFixture<FaultClusterFixture>
{
    [Theory]
    [InlineData("vpc/")]
    [InlineData("securitygroup/")]
    [InlineData("networkinterface/")]
    [InlineData("accountregiondirectory/")]
    public async Task StorageFailsAtOneStep_NothingIsLeftAndTheAddressIsFree(string failingRecord)
    {
        var region = new TestRegion(fixture.Grains);
        var web = await region.CreateGroupAsync();
        var db = await region.CreateGroupAsync();
        var existing = await region.CreateEniAsync(web);
        var id = TestIds.NetworkInterface();
        var address = region.NextAddress();

        fixture.Storage.FailNextWrite(grain => grain.ToString().Contains(failingRecord, StringComparison.Ordinal));
        var failures = fixture.Storage.Failed;
        await Assert.ThrowsAnyAsync<Exception>(() => region.Eni(id).CreateAsync(region.Spec(address, web, db), MutationOptions.Default));
        Assert.Equal(failures + 1, fixture.Storage.Failed);

        await AssertNothingLeftAsync(region, id, address, web, db);
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await AssertNothingLeftAsync(region, id, address, web, db);
        Assert.Equal([existing], (await region.Group(web).GetMembersAsync()).ToArray());

        // The address was returned: a new ENI takes it.
        var retry = await region.Eni(TestIds.NetworkInterface()).CreateAsync(region.Spec(address, web), MutationOptions.Default);
        Assert.True(retry.Succeeded, string.Join("; ", retry.Errors));
    }

    private async Task AssertNothingLeftAsync(TestRegion region, string id, NetworkAddress address, params string[] groups)
    {
        Assert.Null(await region.Eni(id).GetInfoAsync());
        Assert.Null(await fixture.Grains.GetGrain<IVpcGrain>(region.VpcId).FindNetworkInterfaceAsync(address));
        foreach (var group in groups)
        {
            Assert.DoesNotContain(id, await region.Group(group).GetMembersAsync());
        }

        var listed = await fixture.Grains.GetAccountRegionDirectory(region.Owner).ListAsync(new ResourceQuery { Kind = ResourceKind.NetworkInterface, Ids = [id] });
        Assert.Empty(listed.Items);
    }
}
