using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Vpcs;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Persistence;
using SgGrid.Grains.Tests.Support;
using SgGrid.Grains.Vpcs;

namespace SgGrid.Grains.Tests.Vpcs;

/// <summary>
/// A VPC's address index stored in bounded partitions (docs/scale.md): thousands of ENIs' addresses keep every stored
/// record small, and a reactivated VPC resolves each address to its ENI and still refuses duplicates.
/// </summary>
[Collection(SharedCluster.Name)]
public sealed class VpcAddressPartitionTests(ClusterFixture fixture)
{
    private const int PartitionBound = 64 * 1024;

    [Fact]
    public async Task ThousandsOfEnis_RecordsStayBoundedAndReactivationResolvesEveryAddress()
    {
        var owner = TestIds.Tenant();
        var vpcId = TestIds.Vpc();
        var vpc = fixture.Grains.GetGrain<IVpcGrain>(vpcId);
        Assert.True((await vpc.CreateAsync(new VpcSpec { Owner = owner, CidrBlock = IpCidr.Parse("10.0.0.0/8"), Name = "big" })).Succeeded);
        var enis = Enumerable.Range(0, 8000).Select(i => (Id: $"eni-{i:x6}{Guid.NewGuid():N}"[..22], Address: $"10.{i >> 8 & 255}.{i & 255}.{1 + (i >> 16)}")).ToList();
        foreach (var chunk in enis.Chunk(500))
        {
            var results = await Task.WhenAll(chunk.Select(e => vpc.RegisterAddressesAsync(owner, e.Id, AddressSet.Of(IpCidr.Parse(e.Address)))));
            Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        }

        var removed = enis.Where((_, i) => i % 4 == 0).ToList();
        await Task.WhenAll(removed.Select(e => vpc.UnregisterAddressesAsync(e.Id)));

        var services = fixture.Cluster.Silos[0].ServiceProvider;
        var storage = services.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name);
        var serializer = services.GetRequiredService<Serializer>();
        var root = new GrainState<VpcState>(new VpcState());
        await storage.ReadStateAsync("state", vpc.GetGrainId(), root);
        Assert.True(serializer.SerializeToArray(root.State!).Length <= 16 * 1024);
        Assert.True(root.State!.AddressIndex.Partitions.Count >= 5, $"{root.State.AddressIndex.Partitions.Count} partitions, {root.State.NetworkInterfaces.Count} inline");
        foreach (var bound in root.State.AddressIndex.Partitions)
        {
            var partition = new GrainState<MapPartitionState<List<string>>>(new MapPartitionState<List<string>>());
            await storage.ReadStateAsync("state", MapPartitions.IdOf(vpc.GetGrainId(), VpcGrain.AddressMapName, bound.Number), partition);
            Assert.True(serializer.SerializeToArray(partition.State!).Length <= PartitionBound);
        }

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var kept = enis.Except(removed).ToList();
        var found = await Task.WhenAll(enis.Select(e => vpc.FindNetworkInterfaceAsync(NetworkAddress.Parse(e.Address))));
        Assert.Equal(enis.Select(e => removed.Contains(e) ? null : e.Id), found);
        Assert.Equal(kept.Count, (await vpc.GetInfoAsync(owner))!.NetworkInterfaceCount);
        var duplicate = await vpc.RegisterAddressesAsync(owner, TestIds.NetworkInterface(), AddressSet.Of(IpCidr.Parse(kept[^1].Address)));
        Assert.Equal(EcsErrorCodes.PrivateIpAddressDuplicated, Assert.Single(duplicate.Errors).Code);
    }
}
