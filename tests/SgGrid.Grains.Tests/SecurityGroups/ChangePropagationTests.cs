using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.SecurityGroups;

/// <summary>After every kind of change, the verdicts of every affected ENI equal the reference on the new configuration.</summary>
[Collection(SharedCluster.Name)]
public class ChangePropagationTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task Authorize_RuleAdded_EveryMemberServesIt()
    {
        var web = await _region.CreateGroupAsync();
        var enis = new[] { await _region.CreateEniAsync(web), await _region.CreateEniAsync(web), await _region.CreateEniAsync(web) };
        await _region.AssertMatchesReferenceAsync();

        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "80/80", "0.0.0.0/0"), In("TCP", "22/22", "203.0.113.0/24", priority: 2, policy: "drop"));
        await _region.AssertMatchesReferenceAsync();
        var decision = await _region.Eni(enis[1]).EvaluateAsync(Direction.Ingress, Flow.Create(NetworkAddress.Parse("198.51.100.1"), _region.Enis[enis[1]], 6, 33000, 80));
        Assert.True(decision.Value!.Allowed);
        Assert.Equal(web, decision.Value.SecurityGroupId);
        Assert.Equal(DecisionReason.Rule, decision.Value.Reason);
    }

    [Fact]
    public async Task Revoke_RuleRemoved_MembersStopServingIt()
    {
        var web = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(web);
        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "80/80", "0.0.0.0/0"));
        var rules = await _region.Group(web).GetRulesAsync();
        var result = await _region.Group(web).RevokeAsync(_region.Owner, Direction.Ingress, [rules[0].Rule.RuleId], [], MutationOptions.Default);
        Assert.True(result.Succeeded);
        await _region.AssertMatchesReferenceAsync();
        var decision = await _region.Eni(eni).EvaluateAsync(Direction.Ingress, Flow.Create(NetworkAddress.Parse("198.51.100.1"), _region.Enis[eni], 6, 33000, 80));
        Assert.Equal(DecisionReason.Default, decision.Value!.Reason);
    }

    [Fact]
    public async Task ModifyRule_PriorityAndPolicyChanged_MembersServeTheNewRule()
    {
        var web = await _region.CreateGroupAsync();
        await _region.CreateEniAsync(web);
        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "1/65535", "0.0.0.0/0", priority: 10), In("TCP", "80/80", "0.0.0.0/0", priority: 5));
        var rules = await _region.Group(web).GetRulesAsync();
        var result = await _region.Group(web).ModifyRuleAsync(_region.Owner, Direction.Ingress, rules[0].Rule.RuleId,
            new() { Priority = "1", Policy = "drop" }, MutationOptions.Default);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var modified = (await _region.Group(web).GetRulesAsync()).Single(r => r.Rule.RuleId == rules[0].Rule.RuleId);
        Assert.Equal(1, modified.Rule.Priority);
        Assert.Equal(RulePolicy.Drop, modified.Rule.Policy);
        Assert.Equal(rules[0].CreateTime, modified.CreateTime);
        await _region.AssertMatchesReferenceAsync();
    }

    [Fact]
    public async Task ModifyPolicy_AcceptToDrop_IntraGroupTrustEnds()
    {
        var app = await _region.CreateGroupAsync();
        var a = await _region.CreateEniAsync(app);
        var b = await _region.CreateEniAsync(app);
        var flow = Flow.Create(_region.Enis[a], _region.Enis[b], 6, 33000, 3306);
        Assert.Equal(DecisionReason.IntraGroup, (await _region.Eni(b).EvaluateAsync(Direction.Ingress, flow)).Value!.Reason);

        var result = await _region.Group(app).ModifyPolicyAsync(_region.Owner, InnerAccessPolicy.Drop, MutationOptions.Default);
        Assert.True(result.Succeeded);
        Assert.Equal(DecisionReason.Default, (await _region.Eni(b).EvaluateAsync(Direction.Ingress, flow)).Value!.Reason);
        await _region.AssertMatchesReferenceAsync();
    }

    [Fact]
    public async Task JoinAndLeave_MembershipChanges_TrustAndRulesFollow()
    {
        var app = await _region.CreateGroupAsync();
        var other = await _region.CreateGroupAsync();
        var a = await _region.CreateEniAsync(app);
        var b = await _region.CreateEniAsync(other);
        await _region.AssertMatchesReferenceAsync();

        Assert.True((await _region.Eni(b).JoinSecurityGroupAsync(_region.Owner, app, MutationOptions.Default)).Succeeded);
        _region.Track(b, other, app);
        await _region.AssertMatchesReferenceAsync();
        var flow = Flow.Create(_region.Enis[b], _region.Enis[a], 6, 33000, 22);
        Assert.Equal(DecisionReason.IntraGroup, (await _region.Eni(a).EvaluateAsync(Direction.Ingress, flow)).Value!.Reason);

        Assert.True((await _region.Eni(b).LeaveSecurityGroupAsync(_region.Owner, app, MutationOptions.Default)).Succeeded);
        _region.Track(b, other);
        await _region.AssertMatchesReferenceAsync();
        Assert.Equal(DecisionReason.Default, (await _region.Eni(a).EvaluateAsync(Direction.Ingress, flow)).Value!.Reason);
    }

    [Fact]
    public async Task ReferencedGroupMembership_Changes_ReachTheReferencingGroupsMembers()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        var dbEni = await _region.CreateEniAsync(db);
        await _region.AssertMatchesReferenceAsync();

        // A new web member appears: the db ENI must now accept it on 3306 (design §3: membership → referrers' members).
        var webEni = await _region.CreateEniAsync(web);
        var flow = Flow.Create(_region.Enis[webEni], _region.Enis[dbEni], 6, 33000, 3306);
        var decision = (await _region.Eni(dbEni).EvaluateAsync(Direction.Ingress, flow)).Value!;
        Assert.True(decision.Allowed);
        Assert.Equal(DecisionReason.Rule, decision.Reason);
        await _region.AssertMatchesReferenceAsync();

        // The web member gets another address: it is allowed from that address too.
        var extra = _region.NextAddress();
        Assert.True((await _region.Eni(webEni).AssignPrivateAddressesAsync(_region.Owner, [extra], MutationOptions.Default)).Succeeded);
        var fromExtra = Flow.Create(extra, _region.Enis[dbEni], 6, 33000, 3306);
        Assert.True((await _region.Eni(dbEni).EvaluateAsync(Direction.Ingress, fromExtra)).Value!.Allowed);

        Assert.True((await _region.Eni(webEni).UnassignPrivateAddressesAsync(_region.Owner, [extra], MutationOptions.Default)).Succeeded);
        Assert.False((await _region.Eni(dbEni).EvaluateAsync(Direction.Ingress, fromExtra)).Value!.Allowed);
    }

    [Fact]
    public async Task CyclicReferences_ConcurrentMembershipChanges_AllConverge()
    {
        // A ring (each group references the next) and a pair referencing each other: every membership change of one group
        // updates a referrer whose own members are changing at the same moment. Each change must complete (no round may
        // wait on a round that waits on it) and every ENI must then decide as the reference.
        var ring = new[] { await _region.CreateGroupAsync(), await _region.CreateGroupAsync(), await _region.CreateGroupAsync(), await _region.CreateGroupAsync() };
        var (app, db) = (await _region.CreateGroupAsync(), await _region.CreateGroupAsync());
        for (var g = 0; g < ring.Length; g++)
        {
            await _region.AuthorizeAsync(ring[g], Direction.Ingress, InFromGroup("TCP", $"{8000 + g}/{8000 + g}", ring[(g + 1) % ring.Length]));
        }

        await _region.AuthorizeAsync(app, Direction.Ingress, InFromGroup("TCP", "9000/9000", db));
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", app));
        string[] groups = [.. ring, app, db];
        var planned = Enumerable.Range(0, 30).Select(i => (Id: TestIds.NetworkInterface(), Address: _region.NextAddress(), Group: groups[i % groups.Length])).ToArray();

        var created = await Task.WhenAll(planned.Select(p => _region.Eni(p.Id).CreateAsync(_region.Spec(p.Address, p.Group), MutationOptions.Default)));

        Assert.All(created, outcome => Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors)));
        foreach (var (id, address, group) in planned)
        {
            _region.Track(id, address, group);
        }

        await _region.AssertMatchesReferenceAsync();
    }

    [Fact]
    public async Task BurstOfChangesWithoutWaiting_ConvergesToTheLastVersion()
    {
        var web = await _region.CreateGroupAsync();
        var enis = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            enis.Add(await _region.CreateEniAsync(web));
        }

        long last = 0;
        for (var port = 1000; port < 1020; port++)
        {
            var result = await _region.Group(web).AuthorizeAsync(_region.Owner, Direction.Ingress,
                [In("TCP", $"{port}/{port}", "0.0.0.0/0")], MutationOptions.NoWait);
            Assert.True(result.Succeeded);
            Assert.True(result.Version > last);
            last = result.Version;
        }

        await _region.Group(web).WaitForConvergenceAsync(last);
        foreach (var eni in enis)
        {
            Assert.Equal(last, (await _region.Eni(eni).GetAppliedVersionsAsync())[web]);
        }

        await _region.AssertMatchesReferenceAsync();
    }

    [Fact]
    public async Task ConcurrentAuthorizations_BeyondTheQuota_NoneLostAndQuotaExact()
    {
        var group = await _region.CreateGroupAsync();
        var attempts = ClusterFixture.RulesPerGroup + 40;
        var results = await Task.WhenAll(Enumerable.Range(1, attempts).Select(port =>
            _region.Group(group).AuthorizeAsync(_region.Owner, Direction.Ingress, [In("TCP", $"{port}/{port}", "0.0.0.0/0")], MutationOptions.Default)));

        Assert.Equal(ClusterFixture.RulesPerGroup, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, r.Errors[0].Code));
        var rules = await _region.Group(group).GetRulesAsync();
        Assert.Equal(ClusterFixture.RulesPerGroup, rules.Length);
        Assert.Equal(ClusterFixture.RulesPerGroup, rules.Select(r => r.Rule.DestinationPorts.From).Distinct().Count());
        Assert.Equal(results.Where(r => r.Succeeded).Select(r => r.Version).Order(), results.Where(r => r.Succeeded).Select(r => r.Version).Distinct().Order());
    }
}
