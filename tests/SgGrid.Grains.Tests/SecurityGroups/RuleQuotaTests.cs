using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.SecurityGroups;

/// <summary>
/// D5 as revised: a prefix-list rule weighs its list's MaxEntries against the per-group and per-ENI rule limits, a raise of
/// MaxEntries is checked against every group using the list and every ENI of those groups, and the per-ENI limit holds when
/// several groups of one ENI grow, or the ENI joins, at the same moment. The small tenant allows 3 rules per ENI; every
/// tenant 60 per group.
/// </summary>
[Collection(SharedCluster.Name)]
public class RuleQuotaTests(ClusterFixture fixture)
{
    private TestRegion SmallTenantRegion() => TestRegion.OfSmallTenant(fixture.Grains);

    [Fact]
    public async Task Authorize_TwoGroupsOfOneEniAtOnce_NeverTogetherPassThePerEniLimit()
    {
        for (var round = 0; round < 8; round++)
        {
            var small = SmallTenantRegion();
            var a = await small.CreateGroupAsync();
            var b = await small.CreateGroupAsync();
            await small.CreateEniAsync(a, b);

            var results = await Task.WhenAll(
                small.Group(a).AuthorizeAsync(small.Owner, Direction.Ingress, [In("TCP", "1/1", "0.0.0.0/0"), In("TCP", "2/2", "0.0.0.0/0")], MutationOptions.Default),
                small.Group(b).AuthorizeAsync(small.Owner, Direction.Ingress, [In("TCP", "3/3", "0.0.0.0/0"), In("TCP", "4/4", "0.0.0.0/0")], MutationOptions.Default));

            Assert.Equal(1, results.Count(r => r.Succeeded));
            Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, results.Single(r => !r.Succeeded).Errors[0].Code);
            Assert.Equal(2, (await small.Group(a).GetRulesAsync()).Length + (await small.Group(b).GetRulesAsync()).Length);
        }
    }

    [Fact]
    public async Task JoinAndGrowthAtOnce_NeverTogetherPassThePerEniLimit()
    {
        for (var round = 0; round < 8; round++)
        {
            var small = SmallTenantRegion();
            var a = await small.CreateGroupAsync();
            var b = await small.CreateGroupAsync();
            await small.AuthorizeAsync(a, Direction.Ingress, In("TCP", "1/1", "0.0.0.0/0"), In("TCP", "2/2", "0.0.0.0/0"));
            await small.AuthorizeAsync(b, Direction.Ingress, In("TCP", "3/3", "0.0.0.0/0"));
            var eni = await small.CreateEniAsync(a);

            var results = await Task.WhenAll(
                small.Eni(eni).JoinSecurityGroupAsync(small.Owner, b, MutationOptions.Default),
                small.Group(b).AuthorizeAsync(small.Owner, Direction.Ingress, [In("TCP", "4/4", "0.0.0.0/0")], MutationOptions.Default));
            var (join, grow) = (results[0], results[1]);

            // Either the ENI holds 3 rules (a: 2, b: 1) and b did not grow, or b grew to 2 and the ENI stayed out.
            var joined = (await small.Group(b).GetMembersAsync()).Contains(eni);
            Assert.True(joined != grow.Succeeded, $"join {join.Succeeded}, growth {grow.Succeeded}");
            Assert.Equal(joined, join.Succeeded);
        }
    }

    [Fact]
    public async Task PrefixListRule_WeighsItsMaxEntries_AgainstTheEnisAndTheGroupsLimits()
    {
        var small = SmallTenantRegion();
        await small.EnsureNetworkAsync();
        var list = await CreateList(small.Owner, maxEntries: 3, "203.0.113.0/24");
        var group = await small.CreateGroupAsync();
        await small.CreateEniAsync(group);

        await small.AuthorizeAsync(group, Direction.Ingress, FromList(list, "80/80"));
        var fourth = await small.Group(group).AuthorizeAsync(small.Owner, Direction.Ingress, [In("TCP", "22/22", "0.0.0.0/0")], MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, fourth.Errors[0].Code);
        Assert.Equal(3, (await small.Group(group).GetInfoAsync())!.RuleWeight);

        // The group limit (60 here): one rule of a 61-entry list is over it, whatever the list holds now.
        var region = new TestRegion(fixture.Grains);
        await region.EnsureNetworkAsync();
        var big = await CreateList(region.Owner, maxEntries: ClusterFixture.RulesPerGroup + 1, "198.51.100.0/24");
        var empty = await region.CreateGroupAsync();
        var refused = await region.Group(empty).AuthorizeAsync(region.Owner, Direction.Ingress, [FromList(big, "443/443")], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, refused.Errors[0].Code);
        Assert.Empty(await region.Group(empty).GetRulesAsync());
        Assert.Equal(0, (await List(big).GetInfoAsync(region.Owner))!.AssociationCount); // nothing half-made
    }

    [Fact]
    public async Task Join_GroupWhosePrefixListRulesOutweighTheEnisRoom_IsRefused()
    {
        var small = SmallTenantRegion();
        await small.EnsureNetworkAsync();
        var list = await CreateList(small.Owner, maxEntries: 2, "203.0.113.0/24");
        var a = await small.CreateGroupAsync();
        var b = await small.CreateGroupAsync();
        await small.AuthorizeAsync(a, Direction.Ingress, In("TCP", "1/1", "0.0.0.0/0"), In("TCP", "2/2", "0.0.0.0/0"));
        await small.AuthorizeAsync(b, Direction.Egress, ToList(list, "443/443"));
        var eni = await small.CreateEniAsync(a);

        var join = await small.Eni(eni).JoinSecurityGroupAsync(small.Owner, b, MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, join.Errors[0].Code);
        Assert.Empty(await small.Group(b).GetMembersAsync());
        Assert.Equal([a], (await small.Eni(eni).GetInfoAsync())!.SecurityGroupIds.ToArray());
    }

    [Fact]
    public async Task ModifyPrefixList_RaisingMaxEntries_IsCheckedAgainstEveryGroupAndEniUsingIt()
    {
        var small = SmallTenantRegion();
        await small.EnsureNetworkAsync();
        var list = await CreateList(small.Owner, maxEntries: 2, "203.0.113.0/24");
        var withEni = await small.CreateGroupAsync();
        var withoutEni = await small.CreateGroupAsync();
        await small.AuthorizeAsync(withEni, Direction.Ingress, FromList(list, "80/80"));
        await small.AuthorizeAsync(withoutEni, Direction.Ingress, FromList(list, "80/80"));
        var eni = await small.CreateEniAsync(withEni);

        var tooBig = await List(list).ModifyAsync(small.Owner, new PrefixListChange { MaxEntries = 4, Name = "renamed" }, MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, tooBig.Errors[0].Code);
        var unchanged = (await List(list).GetInfoAsync(small.Owner))!;
        Assert.Equal((2, ""), (unchanged.MaxEntries, unchanged.Name));
        Assert.Equal(2, (await small.Group(withEni).GetInfoAsync())!.RuleWeight);

        // A raise that fits reaches every user; the ENI's room is then taken.
        Assert.True((await List(list).ModifyAsync(small.Owner, new PrefixListChange { MaxEntries = 3 }, MutationOptions.Default)).Succeeded);
        Assert.Equal(3, (await small.Group(withEni).GetInfoAsync())!.RuleWeight);
        Assert.Equal(3, (await small.Group(withoutEni).GetInfoAsync())!.RuleWeight);
        var another = await small.Group(withEni).AuthorizeAsync(small.Owner, Direction.Egress, [Out("TCP", "25/25", "0.0.0.0/0")], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, another.Errors[0].Code);
        Assert.Contains(eni, await small.Group(withEni).GetMembersAsync());

        // Lowering it gives the room back.
        Assert.True((await List(list).ModifyAsync(small.Owner, new PrefixListChange { MaxEntries = 1 }, MutationOptions.Default)).Succeeded);
        Assert.True((await small.Group(withEni).AuthorizeAsync(small.Owner, Direction.Egress, [Out("TCP", "25/25", "0.0.0.0/0")], MutationOptions.Default)).Succeeded);
    }

    [Fact]
    public async Task ModifyPrefixList_RaiseOverAGroupsOwnLimit_IsRefused_EvenWithoutMembers()
    {
        var region = new TestRegion(fixture.Grains);
        await region.EnsureNetworkAsync();
        var list = await CreateList(region.Owner, maxEntries: ClusterFixture.RulesPerGroup / 2, "203.0.113.0/24");
        var group = await region.CreateGroupAsync();
        await region.AuthorizeAsync(group, Direction.Ingress, FromList(list, "80/80"));
        await region.AuthorizeAsync(group, Direction.Egress, ToList(list, "80/80"));

        var refused = await List(list).ModifyAsync(region.Owner, new PrefixListChange { MaxEntries = (ClusterFixture.RulesPerGroup / 2) + 1 }, MutationOptions.Default);

        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, refused.Errors[0].Code);
        Assert.Equal(ClusterFixture.RulesPerGroup, (await region.Group(group).GetInfoAsync())!.RuleWeight);
    }

    private IPrefixListGrain List(string id) => fixture.Grains.GetGrain<IPrefixListGrain>(id);

    private async Task<string> CreateList(ResourceOwner owner, int maxEntries, params string[] cidrs)
    {
        var id = TestIds.PrefixList();
        var created = await List(id).CreateAsync(new PrefixListSpec
        {
            Owner = owner,
            AddressFamily = IpFamily.IPv4,
            MaxEntries = maxEntries,
            Entries = [.. cidrs.Select(c => new PrefixListEntry(IpCidr.Parse(c)))],
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return id;
    }

    private static PermissionRequest FromList(string list, string ports) => new() { IpProtocol = "TCP", PortRange = ports, SourcePrefixListId = list };

    private static PermissionRequest ToList(string list, string ports) => new() { IpProtocol = "TCP", PortRange = ports, DestPrefixListId = list };
}
