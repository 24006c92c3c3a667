using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.WhatIf;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.Scenarios;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Scenarios;

/// <summary>
/// A what-if scenario on the grains: its scoped copies decide alone (production untouched), the diff names exactly the
/// flows the staged change moved, Apply promotes the staged rules with a compare-and-set, and Delete clears the copy.
/// </summary>
[Collection(SharedCluster.Name)]
public class WhatIfScenarioGrainTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    private static string NewScenarioId() => Domain.Identifiers.ResourceIds.Create(ScenarioRegions.ScenarioPrefix, 20, Random.Shared);

    private async Task<(string Web, string Db, string WebEni, string DbEni, IWhatIfScenarioGrain Scenario, IGrainFactory Staging)> StagedAsync()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        var webEni = await _region.CreateEniAsync(web);
        var dbEni = await _region.CreateEniAsync(db);
        var id = NewScenarioId();
        var scenario = fixture.Grains.GetGrain<IWhatIfScenarioGrain>(id);
        var created = await scenario.CreateAsync(new WhatIfScenarioSpec { Owner = _region.Owner, VpcId = _region.VpcId });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        Assert.Equal(2, created.Value!.NetworkInterfaceCount);
        return (web, db, webEni, dbEni, scenario, ScopedGrainFactory.For(fixture.Grains, id));
    }

    private Task<Outcome<SideExplanation>> IngressAsync(IGrainFactory grains, string eni, string from, ushort port) =>
        grains.GetGrain<INetworkInterfaceGrain>(eni).EvaluateAsync(Direction.Ingress, Flow.Create(_region.Enis[from], _region.Enis[eni], IpProtocol.TcpNumber, 33000, port));

    [Fact]
    public async Task StagedRule_DecidesInTheScenarioOnly_AndTheDiffNamesIt()
    {
        var (web, db, webEni, dbEni, scenario, staging) = await StagedAsync();
        var staged = await staging.GetGrain<ISecurityGroupGrain>(db).AuthorizeAsync(_region.Owner, Direction.Ingress, [InFromGroup("TCP", "22/22", web)], MutationOptions.Default);
        Assert.True(staged.Succeeded, string.Join("; ", staged.Errors));

        Assert.True((await IngressAsync(staging, dbEni, webEni, 22)).Value!.Allowed);
        Assert.False((await IngressAsync(fixture.Grains, dbEni, webEni, 22)).Value!.Allowed);
        Assert.Single(await _region.Group(db).GetRulesAsync());

        var diff = await scenario.DescribeDiffAsync(_region.Owner, new WhatIfDiffQuery());
        Assert.True(diff.Succeeded, string.Join("; ", diff.Errors));
        var entry = Assert.Single(diff.Value!.Entries);
        Assert.Equal(WhatIfChange.NewlyAllowed, entry.Change);
        Assert.Equal(webEni, entry.Source.NetworkInterfaceId);
        Assert.Equal(dbEni, entry.Destination.NetworkInterfaceId);
        Assert.Equal([new WhatIfValueRange(IpProtocol.TcpNumber, IpProtocol.TcpNumber)], entry.Protocols.ToArray());
        Assert.Equal([new WhatIfValueRange(22, 22)], entry.DestinationPorts.ToArray());
        Assert.Equal(DecisionReason.Default, entry.ProductionDestination!.Reason);
        Assert.Equal(DecisionReason.Rule, entry.ScenarioDestination!.Reason);
    }

    [Fact]
    public async Task Apply_PromotesTheStagedRules_AndRefusesWhenProductionMoved()
    {
        var (web, db, webEni, dbEni, scenario, staging) = await StagedAsync();
        await staging.GetGrain<ISecurityGroupGrain>(db).AuthorizeAsync(_region.Owner, Direction.Ingress, [InFromGroup("TCP", "22/22", web)], MutationOptions.Default);
        var applied = await scenario.ApplyAsync(_region.Owner, MutationOptions.Default);
        Assert.True(applied.Succeeded, string.Join("; ", applied.Errors));
        Assert.Equal(1, Assert.Single(applied.Value!.Groups).RulesAdded);
        Assert.True((await IngressAsync(fixture.Grains, dbEni, webEni, 22)).Value!.Allowed);
        Assert.Equal(
            (await staging.GetGrain<ISecurityGroupGrain>(db).GetRulesAsync()).Select(r => r.Rule).ToHashSet(),
            (await _region.Group(db).GetRulesAsync()).Select(r => r.Rule).ToHashSet());
        Assert.Equal("IncorrectStatus.ScenarioApplied", Assert.Single((await scenario.ApplyAsync(_region.Owner, MutationOptions.Default)).Errors).Code);

        var second = fixture.Grains.GetGrain<IWhatIfScenarioGrain>(NewScenarioId());
        Assert.True((await second.CreateAsync(new WhatIfScenarioSpec { Owner = _region.Owner, VpcId = _region.VpcId })).Succeeded);
        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "443/443", "0.0.0.0/0"));
        var refused = await second.ApplyAsync(_region.Owner, MutationOptions.Default);
        Assert.Equal("IncorrectStatus.ProductionChanged", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Delete_ClearsTheScenario_AndLeavesProduction()
    {
        var (_, db, webEni, dbEni, scenario, _) = await StagedAsync();
        Assert.True((await scenario.DeleteAsync(_region.Owner)).Succeeded);
        Assert.Null(await scenario.GetInfoAsync(_region.Owner));
        Assert.Single(await _region.Group(db).GetRulesAsync());
        Assert.True((await IngressAsync(fixture.Grains, dbEni, webEni, 3306)).Value!.Allowed);
    }

    [Fact]
    public async Task AnotherTenant_SeesNoScenario()
    {
        var (_, _, _, _, scenario, _) = await StagedAsync();
        var stranger = TestIds.Tenant();
        Assert.Null(await scenario.GetInfoAsync(stranger));
        Assert.Equal("InvalidScenarioId.NotFound", Assert.Single((await scenario.DescribeDiffAsync(stranger, new WhatIfDiffQuery())).Errors).Code);
    }
}
