using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Faults;

/// <summary>
/// The bound of what SgGrid stores for one tenant (docs/scale.md), reached on purpose with tiny partitions: the
/// creation that would pass it is refused with the documented 4xx code and leaves nothing behind; what was stored stays.
/// </summary>
public sealed class StorageBoundTests(FaultClusterFixture fixture) : IClassFixture<FaultClusterFixture>
{
    [Fact]
    public async Task DirectoryFull_CreateNetworkInterfaceIsRefusedWithTheQuotaCodeAndLeavesNothing()
    {
        var region = new TestRegion(fixture.Grains);
        var group = await region.CreateGroupAsync();
        var directory = fixture.Grains.GetAccountRegionDirectory(region.Owner);
        // Ascending ids fill the last partition until no partition is left to split into.
        var filler = 0;
        while (await directory.RegisterAsync(new ResourceSummary { Id = $"eni-fill{filler:x6}", Kind = ResourceKind.Instance }))
        {
            filler++;
            Assert.True(filler < 10_000, "the directory never filled");
        }

        // An id next to the refused one lands in the same full partition, with a larger summary than the fillers'.
        var id = $"eni-fill{filler:x6}z";
        var address = region.NextAddress();
        var refused = await region.Eni(id).CreateAsync(region.Spec(address, group), MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.TenantStorageQuotaExceeded, Assert.Single(refused.Errors).Code);
        Assert.Null(await region.Eni(id).GetInfoAsync());
        Assert.Null(await fixture.Grains.GetGrain<IVpcGrain>(region.VpcId).FindNetworkInterfaceAsync(address));
        Assert.DoesNotContain(id, await region.Group(group).GetMembersAsync());
        Assert.Equal(filler, (await directory.GetCountsAsync())[ResourceKind.Instance]);

        // Room made, the same creation succeeds.
        for (var i = 1; i <= 8; i++)
        {
            await directory.UnregisterAsync(ResourceKind.Instance, $"eni-fill{filler - i:x6}");
        }

        var created = await region.Eni(id).CreateAsync(region.Spec(address, group), MutationOptions.Default);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
    }
}
