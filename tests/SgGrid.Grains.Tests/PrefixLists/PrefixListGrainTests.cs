using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.PrefixLists;

[Collection(SharedCluster.Name)]
public sealed class PrefixListGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static PrefixListEntry Entry(string cidr, string description = "") => new(IpCidr.Parse(cidr), description);

    private async Task<(IPrefixListGrain List, string Id)> CreateAsync(ResourceOwner owner, int maxEntries = 10, params string[] cidrs)
    {
        var id = TestIds.PrefixList();
        var list = _grains.GetGrain<IPrefixListGrain>(id);
        var created = await list.CreateAsync(new PrefixListSpec
        {
            Owner = owner,
            AddressFamily = IpFamily.IPv4,
            MaxEntries = maxEntries,
            Name = "offices",
            Entries = [.. cidrs.Select(c => Entry(c, "office"))],
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return (list, id);
    }

    private IRecordingPrefixListUserGrain NewUser() => _grains.GetGrain<IRecordingPrefixListUserGrain>(TestIds.SecurityGroup());

    [Fact]
    public async Task Create_WithEntries_IsVisibleAndInDirectory()
    {
        var owner = TestIds.Tenant();
        var (list, id) = await CreateAsync(owner, 10, "192.168.0.0/24", "10.0.0.0/8");

        var info = await list.GetInfoAsync(owner);

        Assert.NotNull(info);
        Assert.Equal(["10.0.0.0/8", "192.168.0.0/24"], info.Entries.Select(e => e.Cidr.ToString()));
        Assert.Equal(1, info.Version);
        Assert.Equal(id, Assert.Single((await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery { Kind = ResourceKind.PrefixList })).Items).Id);
    }

    [Fact]
    public async Task Create_InvalidSpec_ReportsEveryError()
    {
        var list = _grains.GetGrain<IPrefixListGrain>(TestIds.PrefixList());
        var created = await list.CreateAsync(new PrefixListSpec
        {
            Owner = TestIds.Tenant(),
            AddressFamily = IpFamily.IPv4,
            MaxEntries = 201,
            Entries = [Entry("10.0.0.0/8"), Entry("10.0.0.0/8"), Entry("2001:db8::/32")],
        });

        Assert.Equal(
            [EcsErrorCodes.InvalidPrefixListMaxEntries, EcsErrorCodes.PrefixListDuplicateEntry, EcsErrorCodes.PrefixListEntryFamilyMismatch],
            created.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Create_MoreEntriesThanMax_IsQuotaExceeded()
    {
        var list = _grains.GetGrain<IPrefixListGrain>(TestIds.PrefixList());
        var created = await list.CreateAsync(new PrefixListSpec
        {
            Owner = TestIds.Tenant(),
            AddressFamily = IpFamily.IPv4,
            MaxEntries = 1,
            Entries = [Entry("10.0.0.0/8"), Entry("11.0.0.0/8")],
        });

        Assert.Equal(EcsErrorCodes.PrefixListEntryQuotaExceeded, Assert.Single(created.Errors).Code);
    }

    [Fact]
    public async Task Modify_Errors_CarryTheirCodesAndChangeNothing()
    {
        var owner = TestIds.Tenant();
        var (list, _) = await CreateAsync(owner, 2, "10.0.0.0/8");

        async Task<string> CodeOf(PrefixListChange change) => Assert.Single((await list.ModifyAsync(owner, change, MutationOptions.Default)).Errors).Code;

        Assert.Equal(EcsErrorCodes.PrefixListEntryFamilyMismatch, await CodeOf(new PrefixListChange { AddEntries = [Entry("2001:db8::/32")] }));
        Assert.Equal(EcsErrorCodes.PrefixListDuplicateEntry, await CodeOf(new PrefixListChange { AddEntries = [Entry("11.0.0.0/8"), Entry("11.0.0.0/8")] }));
        Assert.Equal(EcsErrorCodes.PrefixListDuplicateEntry, await CodeOf(new PrefixListChange { AddEntries = [Entry("10.0.0.0/8")], RemoveEntries = [IpCidr.Parse("10.0.0.0/8")] }));
        Assert.Equal(EcsErrorCodes.PrefixListEntryNotFound, await CodeOf(new PrefixListChange { RemoveEntries = [IpCidr.Parse("12.0.0.0/8")] }));
        Assert.Equal(EcsErrorCodes.PrefixListEntryQuotaExceeded, await CodeOf(new PrefixListChange { AddEntries = [Entry("11.0.0.0/8"), Entry("12.0.0.0/8")] }));
        Assert.Equal(EcsErrorCodes.PrefixListNotFound, Assert.Single((await list.ModifyAsync(TestIds.Tenant(), new PrefixListChange { Name = "x" }, MutationOptions.Default)).Errors).Code);

        var info = await list.GetInfoAsync(owner);
        Assert.Equal(1, info!.Version);
        Assert.Equal("10.0.0.0/8", Assert.Single(info.Entries).Cidr.ToString());
    }

    [Fact]
    public async Task Modify_Entries_ReachEveryUserBeforeReturning()
    {
        var owner = TestIds.Tenant();
        var (list, id) = await CreateAsync(owner, 10, "10.0.0.0/8");
        var users = Enumerable.Range(0, 40).Select(_ => NewUser()).ToArray();
        foreach (var user in users)
        {
            var added = await list.AddUserAsync(owner, user.GetGrainId());
            Assert.Equal(new PrefixListUse(AddressSet.Of(IpCidr.Parse("10.0.0.0/8")), 10), added.Value);
        }

        var result = await list.ModifyAsync(owner, new PrefixListChange { AddEntries = [Entry("192.168.1.0/24")], RemoveEntries = [IpCidr.Parse("10.0.0.0/8")] }, MutationOptions.Default);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Version);
        var expected = AddressSet.Of(IpCidr.Parse("192.168.1.0/24"));
        foreach (var user in users)
        {
            var notification = Assert.Single(await user.GetNotificationsAsync());
            Assert.Equal(id, notification.PrefixListId);
            Assert.Equal(expected, notification.Entries);
            Assert.True(notification.WaitForConvergence);
        }
    }

    [Fact]
    public async Task Modify_WithoutWaiting_StillNotifiesInOrder()
    {
        var owner = TestIds.Tenant();
        var (list, _) = await CreateAsync(owner, 10, "10.0.0.0/8");
        var user = NewUser();
        await list.AddUserAsync(owner, user.GetGrainId());

        await list.ModifyAsync(owner, new PrefixListChange { AddEntries = [Entry("11.0.0.0/8")] }, MutationOptions.NoWait);
        await list.ModifyAsync(owner, new PrefixListChange { AddEntries = [Entry("12.0.0.0/8")] }, MutationOptions.NoWait);
        // A waiting change returns only after every earlier round, so all three have arrived.
        await list.ModifyAsync(owner, new PrefixListChange { RemoveEntries = [IpCidr.Parse("10.0.0.0/8")] }, MutationOptions.Default);

        var notifications = await user.GetNotificationsAsync();
        Assert.Equal(
            [
                AddressSet.Of(IpCidr.Parse("10.0.0.0/8"), IpCidr.Parse("11.0.0.0/8")),
                AddressSet.Of(IpCidr.Parse("10.0.0.0/8"), IpCidr.Parse("11.0.0.0/8"), IpCidr.Parse("12.0.0.0/8")),
                AddressSet.Of(IpCidr.Parse("11.0.0.0/8"), IpCidr.Parse("12.0.0.0/8")),
            ],
            notifications.Select(n => n.Entries));
        Assert.Equal([false, false, true], notifications.Select(n => n.WaitForConvergence));
    }

    [Fact]
    public async Task Modify_DescriptionOrNameOnly_NotifiesNobody()
    {
        var owner = TestIds.Tenant();
        var (list, id) = await CreateAsync(owner, 10, "10.0.0.0/8");
        var user = NewUser();
        await list.AddUserAsync(owner, user.GetGrainId());

        var result = await list.ModifyAsync(owner, new PrefixListChange { Name = "renamed", AddEntries = [Entry("10.0.0.0/8", "head office")] }, MutationOptions.Default);

        Assert.Equal(1, result.Version);
        Assert.Empty(await user.GetNotificationsAsync());
        var info = await list.GetInfoAsync(owner);
        Assert.Equal("head office", Assert.Single(info!.Entries).Description);
        Assert.Equal("renamed", Assert.Single((await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery { Kind = ResourceKind.PrefixList, Ids = [id] })).Items).Name);
    }

    [Fact]
    public async Task Delete_WhileUsed_IsRefusedUntilUsersLeave()
    {
        var owner = TestIds.Tenant();
        var (list, _) = await CreateAsync(owner, 10, "10.0.0.0/8");
        var user = NewUser();
        await list.AddUserAsync(owner, user.GetGrainId());
        Assert.Equal(user.GetPrimaryKeyString(), Assert.Single(await list.GetUsersAsync(owner)));
        Assert.Equal(1, (await list.GetInfoAsync(owner))!.AssociationCount);

        Assert.Equal(EcsErrorCodes.PrefixListAssociationExist, Assert.Single((await list.DeleteAsync(owner)).Errors).Code);
        await list.RemoveUserAsync(user.GetGrainId());
        Assert.True((await list.DeleteAsync(owner)).Succeeded);

        Assert.Null(await list.GetInfoAsync(owner));
        Assert.Empty((await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery { Kind = ResourceKind.PrefixList })).Items);
    }

    [Fact]
    public async Task OtherTenant_SeesNothingAndCannotUse()
    {
        var (list, _) = await CreateAsync(TestIds.Tenant(), 10, "10.0.0.0/8");
        var stranger = TestIds.Tenant();

        Assert.Null(await list.GetInfoAsync(stranger));
        Assert.Empty(await list.GetUsersAsync(stranger));
        Assert.Equal(EcsErrorCodes.PrefixListNotFound, Assert.Single((await list.AddUserAsync(stranger, NewUser().GetGrainId())).Errors).Code);
        Assert.Equal(EcsErrorCodes.PrefixListNotFound, Assert.Single((await list.DeleteAsync(stranger)).Errors).Code);
    }

    [Fact]
    public async Task AddUser_BeyondThousandAssociations_IsQuotaExceeded()
    {
        var owner = TestIds.Tenant();
        var (list, _) = await CreateAsync(owner, 10, "10.0.0.0/8");
        for (var i = 0; i < 1000; i++)
        {
            Assert.True((await list.AddUserAsync(owner, NewUser().GetGrainId())).Succeeded);
        }

        var refused = await list.AddUserAsync(owner, NewUser().GetGrainId());

        Assert.Equal(EcsErrorCodes.PrefixListAssociationQuotaExceeded, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Create_WithTagsAndResourceGroup_ReportsAndRegistersThem()
    {
        var owner = TestIds.Tenant();
        var list = _grains.GetGrain<IPrefixListGrain>(TestIds.PrefixList());
        var spec = new PrefixListSpec
        {
            Owner = owner,
            AddressFamily = IpFamily.IPv6,
            MaxEntries = 5,
            Name = "v6",
            ResourceGroupId = "rg-test",
            Tags = ImmutableDictionary<string, string>.Empty.Add("env", "prod"),
        };

        var created = await list.CreateAsync(spec);

        Assert.True(created.Succeeded);
        Assert.Equal("rg-test", created.Value!.ResourceGroupId);
        Assert.Equal("prod", created.Value.Tags["env"]);
        var page = await _grains.GetAccountRegionDirectory(owner).ListAsync(new ResourceQuery
        {
            Kind = ResourceKind.PrefixList,
            ResourceGroupId = "rg-test",
            Tags = ImmutableDictionary<string, string>.Empty.Add("env", ""),
            Attributes = ImmutableDictionary<string, string>.Empty.Add(NetworkResourceAttributes.AddressFamily, "IPv6"),
        });
        Assert.Equal(created.Value.PrefixListId, Assert.Single(page.Items).Id);
        Assert.True((await list.CreateAsync(spec)).Succeeded);
        Assert.Equal(EcsErrorCodes.IdempotentParameterMismatch, Assert.Single((await list.CreateAsync(spec with { Tags = ImmutableDictionary<string, string>.Empty })).Errors).Code);
    }

    [Fact]
    public async Task Create_BeyondHundredPerRegion_IsQuotaExceeded()
    {
        var owner = TestIds.Tenant();
        for (var i = 0; i < 100; i++)
        {
            await CreateAsync(owner, 1);
        }

        var refused = await _grains.GetGrain<IPrefixListGrain>(TestIds.PrefixList()).CreateAsync(new PrefixListSpec { Owner = owner, AddressFamily = IpFamily.IPv4, MaxEntries = 1 });
        var elsewhere = await _grains.GetGrain<IPrefixListGrain>(TestIds.PrefixList()).CreateAsync(new PrefixListSpec { Owner = owner with { RegionId = "cn-beijing" }, AddressFamily = IpFamily.IPv4, MaxEntries = 1 });

        Assert.Equal(EcsErrorCodes.PrefixListQuotaExceeded, Assert.Single(refused.Errors).Code);
        Assert.True(elsewhere.Succeeded);
        Assert.Equal(100, (await _grains.GetAccountRegionDirectory(owner).GetCountsAsync())[ResourceKind.PrefixList]);
    }
}
