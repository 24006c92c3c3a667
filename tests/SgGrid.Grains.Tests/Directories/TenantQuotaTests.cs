using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Directories;

/// <summary>
/// Quotas that count a tenant's resources stay exact under concurrency: the directory checks and registers in one turn,
/// so concurrent creations never both take the last place, and the refused ones leave nothing behind.
/// </summary>
[Collection(SharedCluster.Name)]
public sealed class TenantQuotaTests(ClusterFixture fixture)
{
    private const int Quota = 4;

    [Fact]
    public async Task ConcurrentGroupCreations_ExactlyTheQuotaSucceeds()
    {
        var region = TestRegion.OfSmallTenant(fixture.Grains);
        await region.EnsureNetworkAsync();
        var directory = fixture.Grains.GetAccountRegionDirectory(region.Owner);

        async Task<(string Id, Outcome<SecurityGroupInfo> Outcome)> CreateAsync()
        {
            var id = TestIds.SecurityGroup();
            return (id, await region.Group(id).CreateAsync(new SecurityGroupSpec { Owner = region.Owner, VpcId = region.VpcId, Name = id }));
        }

        var first = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => CreateAsync()));
        var created = first.Where(r => r.Outcome.Succeeded).Select(r => r.Id).ToList();
        Assert.Equal(Quota, created.Count);
        Assert.All(first.Where(r => !r.Outcome.Succeeded), r => Assert.Equal(EcsErrorCodes.SecurityGroupQuotaExceeded, Assert.Single(r.Outcome.Errors).Code));
        Assert.Equal(Quota, (await directory.GetCountsAsync())[ResourceKind.SecurityGroup]);
        Assert.Equal(Quota, (await fixture.Grains.GetGrain<IVpcGrain>(region.VpcId).GetInfoAsync(region.Owner))!.SecurityGroupCount);
        foreach (var (id, _) in first.Where(r => !r.Outcome.Succeeded))
        {
            Assert.Null(await region.Group(id).GetInfoAsync());
        }

        // One place freed: of many concurrent creations, exactly one takes it.
        Assert.True((await region.Group(created[0]).DeleteAsync(region.Owner)).Succeeded);
        var second = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => CreateAsync()));
        Assert.Single(second, r => r.Outcome.Succeeded);
        Assert.Equal(Quota, (await directory.GetCountsAsync())[ResourceKind.SecurityGroup]);
    }
}
