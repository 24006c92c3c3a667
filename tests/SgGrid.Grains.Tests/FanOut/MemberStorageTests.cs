using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.SecurityGroups;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.FanOut;

/// <summary>A group's members are stored in bounded pages: no stored state of a large group passes 256 KB (docs/fan-out.md).</summary>
public sealed class MemberStorageTests(CountedClusterFixture fixture) : IClassFixture<CountedClusterFixture>
{
    private const int Members = 12_000;
    private const int MaxStateBytes = 256 * 1024;

    [Fact]
    public async Task AddMembers_TwelveThousandMembers_EveryStoredStateBoundedAndAllReadBackAfterReactivation()
    {
        var region = new TestRegion(fixture.Grains);
        var groupId = await region.CreateGroupAsync(SecurityGroupType.Enterprise);
        var group = region.Group(groupId);
        // Addresses two apart: no two members' addresses merge into one range, the worst case for the stored size.
        var members = Enumerable.Range(0, Members)
            .Select(i => new GroupMember(TestIds.NetworkInterface(), AddressSet.FromAddresses([NetworkAddress.FromIPv4(0x0A000000u + ((uint)i * 2))])))
            .ToArray();
        foreach (var batch in members.Chunk(1_000))
        {
            Assert.True((await group.AddMembersAsync(region.Owner, region.VpcId, [.. batch], MutationOptions.NoWait)).Succeeded);
        }

        var silo = fixture.Cluster.Silos[0].ServiceProvider;
        var storage = silo.GetRequiredKeyedService<IGrainStorage>(SgGridStorage.Name);
        var serializer = silo.GetRequiredService<Serializer>();
        var grainId = group.GetGrainId();
        var main = new GrainState<SecurityGroupState>(new SecurityGroupState());
        await storage.ReadStateAsync("state", grainId, main);
        Assert.True(serializer.SerializeToArray(main.State).Length <= MaxStateBytes);
        Assert.Empty(main.State!.Members);
        Assert.True(main.State.MemberPageCount > 1);
        var stored = 0;
        for (var i = 0; i < main.State.MemberPageCount; i++)
        {
            var page = new GrainState<SecurityGroupMemberPage>(new SecurityGroupMemberPage());
            await storage.ReadStateAsync(MemberPageStorage.StateName(i), grainId, page);
            var bytes = serializer.SerializeToArray(page.State).Length;
            Assert.True(bytes <= MaxStateBytes, $"page {i} holds {bytes} bytes");
            stored += page.State!.Members.Count;
        }

        Assert.Equal(Members, stored);

        await fixture.Cluster.DeactivateAsync(group);
        var readBack = await group.GetMembersAsync();
        Assert.Equal(members.Select(m => m.NetworkInterfaceId).Order(StringComparer.Ordinal), readBack);
        Assert.Equal(Members, (await group.GetInfoAsync())!.MemberCount);
        var snapshot = await group.GetSnapshotAsync();
        Assert.Equal(AddressSet.UnionAll(members.Select(m => m.Addresses)), snapshot!.MemberAddresses);
    }
}
