using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.Instances;

/// <summary>DeleteInstance and the ENIs attached to it (DeleteOnRelease), and the attributes RunInstances sets beyond the network.</summary>
[Collection(SharedCluster.Name)]
public class InstanceReleaseTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task Delete_DeletesDeleteOnReleaseEnisAndDetachesTheOthers()
    {
        var group = await _region.CreateGroupAsync();
        var instance = await _region.CreateInstanceAsync(group);
        var released = await _region.CreateEniAsync(group);
        var kept = await _region.CreateEniAsync(group);
        Assert.True((await _region.Eni(released).ModifyAttributesAsync(_region.Owner, new NetworkInterfaceAttributeChange { DeleteOnRelease = true })).Succeeded);
        foreach (var eni in new[] { released, kept })
        {
            Assert.True((await _region.Instance(instance.InstanceId).AttachNetworkInterfaceAsync(_region.Owner, eni, MutationOptions.Default)).Succeeded);
        }

        var deleted = await _region.Instance(instance.InstanceId).DeleteAsync(_region.Owner, MutationOptions.Default);

        Assert.True(deleted.Succeeded, string.Join("; ", deleted.Errors));
        Assert.Null(await _region.Eni(released).GetInfoAsync());
        Assert.Null(await _region.Eni(instance.PrimaryNetworkInterfaceId).GetInfoAsync());
        var survivor = await _region.Eni(kept).GetInfoAsync();
        Assert.Equal("Available", survivor!.Status);
        Assert.Null(await _region.Instance(instance.InstanceId).GetInfoAsync());
    }

    [Fact]
    public async Task Create_HostNameResourceGroupAndAddresses_AreKept()
    {
        var group = await _region.CreateGroupAsync();
        var id = TestIds.Instance();
        var ipv6 = _region.Ipv6Address(0x77);

        var defaulted = await _region.Instance(id).CreateAsync(_region.InstanceSpec(_region.NextAddress(), group) with
        {
            ResourceGroupId = "rg-1",
            Ipv6Addresses = [ipv6],
            SecondaryPrivateIpAddressCount = 2,
        }, MutationOptions.Default);
        var named = await _region.Instance(TestIds.Instance()).CreateAsync(_region.InstanceSpec(null, group) with { HostName = "web-1" }, MutationOptions.Default);

        Assert.True(defaulted.Succeeded, string.Join("; ", defaulted.Errors));
        Assert.Equal($"iZ{id[2..]}Z", defaulted.Value!.HostName);
        Assert.Equal("rg-1", defaulted.Value.ResourceGroupId);
        Assert.Equal(3, defaulted.Value.PrivateIpAddresses.Length);
        var primary = await _region.Eni(defaulted.Value.PrimaryNetworkInterfaceId).GetInfoAsync();
        Assert.Equal<NetworkAddress>([ipv6], primary!.Ipv6Addresses);
        Assert.Equal("rg-1", primary.ResourceGroupId);
        Assert.True(primary.DeleteOnRelease);
        Assert.True(named.Succeeded, string.Join("; ", named.Errors));
        Assert.Equal("web-1", named.Value!.HostName);
        Assert.Equal("web-1", (await _region.Instance(named.Value.InstanceId).GetInfoAsync())!.HostName);
    }

    [Fact]
    public async Task Delete_ByAnotherTenant_IsInstanceNotFound()
    {
        var instance = await _region.CreateInstanceAsync(await _region.CreateGroupAsync());

        var refused = await _region.Instance(instance.InstanceId).DeleteAsync(TestIds.Tenant(), MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.InstanceNotFound, refused.Errors[0].Code);
        Assert.NotNull(await _region.Instance(instance.InstanceId).GetInfoAsync());
    }
}
