using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.FanOut;

/// <summary>
/// A change costs O(silos) grain calls, not O(members) (docs/fan-out.md), counted by the silos' call filter: behaviour,
/// not time. Exactness of the same path is checked against the reference evaluator.
/// </summary>
public sealed class FanOutCostTests(CountedClusterFixture fixture) : IClassFixture<CountedClusterFixture>
{
    /// <summary>Members created one CreateNetworkInterface at a time (CI-sized; the harness goes to 10,000 and more).</summary>
    private const int Members = 3_000;

    /// <summary>Joins per measured window.</summary>
    private const int Window = 200;

    [Fact]
    public async Task CreateNetworkInterface_GroupGrowsToThousands_CallsPerJoinDoNotGrow()
    {
        var region = new TestRegion(fixture.Grains);
        var group = await region.CreateGroupAsync();
        await region.AuthorizeAsync(group, Direction.Ingress, In("TCP", "22/22", "10.0.0.0/8"));

        long early = 0, late = 0;
        for (var i = 1; i <= Members; i++)
        {
            var before = fixture.Calls;
            await region.CreateEniAsync(group);
            var cost = fixture.Calls - before;
            early += i is > Window and <= 2 * Window ? cost : 0;
            late += i > Members - Window ? cost : 0;
        }

        // Before the per-silo path every join told every existing member: ~Members calls per join at the end.
        Assert.True(late <= (early * 5 / 4) + Window, $"{Window} joins cost {early} calls at {2 * Window} members and {late} at {Members}");
        var members = await region.Group(group).GetMembersAsync();
        Assert.Equal(Members, members.Length);
    }

    [Fact]
    public async Task JoinsLeavesAndRuleChanges_MembersOnBothSilos_EveryVerdictMatchesReference()
    {
        var region = new TestRegion(fixture.Grains);
        var web = await region.CreateGroupAsync();
        var db = await region.CreateGroupAsync();
        await region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        var webEnis = new List<string>();
        var dbEnis = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            webEnis.Add(await region.CreateEniAsync(web));
            dbEnis.Add(await region.CreateEniAsync(db));
        }

        var both = new[] { await region.CreateEniAsync(web, db), await region.CreateEniAsync(web, db) };
        await region.AssertMatchesReferenceAsync();

        // Leaves and joins: intra-group trust and the reference both follow the member list.
        Assert.True((await region.Eni(both[0]).LeaveSecurityGroupAsync(region.Owner, web, MutationOptions.Default)).Succeeded);
        region.Track(both[0], db);
        Assert.True((await region.Eni(dbEnis[0]).JoinSecurityGroupAsync(region.Owner, web, MutationOptions.Default)).Succeeded);
        region.Track(dbEnis[0], db, web);
        await region.AssertMatchesReferenceAsync();

        // Rule changes and a policy change reach every member.
        await region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "80/80", "0.0.0.0/0"), In("UDP", "53/53", "10.0.0.0/8", priority: 2, policy: "drop"));
        await region.AuthorizeAsync(db, Direction.Egress, Out("TCP", "22/22", "0.0.0.0/0", policy: "drop"));
        Assert.True((await region.Group(db).ModifyPolicyAsync(region.Owner, InnerAccessPolicy.Drop, MutationOptions.Default)).Succeeded);
        await region.AssertMatchesReferenceAsync();

        // A member deleted: the referencing group's members stop accepting it.
        Assert.True((await region.Eni(webEnis[1]).DeleteAsync(region.Owner, MutationOptions.Default)).Succeeded);
        region.Forget(webEnis[1]);
        await region.AssertMatchesReferenceAsync();
    }
}
