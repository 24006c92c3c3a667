using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Durability;

/// <summary>
/// The default in-memory storage keeps what it is given: grains collected while idle come back whole (their states hold
/// the domain's immutable types, which need the Orleans serializer the silo configures).
/// </summary>
[Collection(SharedCluster.Name)]
public class MemoryReactivationTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task IdleGrainsCollected_ComeBackWithTheirMembersRulesAndVerdicts()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        var webEni = await _region.CreateEniAsync(web);
        var dbEni = await _region.CreateEniAsync(db);
        var rules = await _region.Group(db).GetRulesAsync();
        var flow = Flow.Create(_region.Enis[webEni], _region.Enis[dbEni], IpProtocol.TcpNumber, 33000, 3306);

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(rules.ToArray(), (await _region.Group(db).GetRulesAsync()).ToArray());
        Assert.Equal([webEni], (await _region.Group(web).GetMembersAsync()).ToArray());
        Assert.True((await _region.Eni(dbEni).EvaluateAsync(Direction.Ingress, flow)).Value!.Allowed);
        Assert.False((await _region.Eni(dbEni).EvaluateAsync(Direction.Ingress, Flow.Create(_region.Enis[webEni], _region.Enis[dbEni], IpProtocol.TcpNumber, 33000, 22))).Value!.Allowed);
    }
}
