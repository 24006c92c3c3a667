using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Evaluation;

/// <summary>Connections decided on grains (D13): single with explanations and batched, both equal to the reference.</summary>
[Collection(SharedCluster.Name)]
public class ConnectionEvaluatorTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    private IConnectionEvaluatorGrain Evaluator => fixture.Grains.GetConnectionEvaluator();

    private async Task<(string Web, string Db, string Bastion)> ThreeTiersAsync()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        var bastion = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "80/80", "0.0.0.0/0", priority: 10), InFromGroup("TCP", "22/22", bastion));
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        await _region.AuthorizeAsync(db, Direction.Egress, Out("ALL", "-1/-1", "0.0.0.0/0", priority: 100, policy: "drop"));
        return (await _region.CreateEniAsync(web), await _region.CreateEniAsync(db), await _region.CreateEniAsync(bastion));
    }

    [Fact]
    public async Task Check_WebToDb_AllowedWithBothSidesExplained()
    {
        var (web, db, _) = await ThreeTiersAsync();
        var flow = Flow.Create(_region.Enis[web], _region.Enis[db], IpProtocol.TcpNumber, 33000, 3306);
        var check = (await Evaluator.CheckAsync(_region.Owner, web, db, flow)).Value!;
        Assert.True(check.Allowed);
        Assert.Equal(DecisionReason.Default, check.Source!.Reason);
        Assert.Equal(DecisionReason.Rule, check.Destination!.Reason);
        Assert.StartsWith("sgr-", check.Destination.SecurityGroupRuleId, StringComparison.Ordinal);
        Assert.Equal(1, check.Destination.Priority);
    }

    [Fact]
    public async Task Check_DbToWeb_DeniedByTheSendersEgressDrop()
    {
        var (web, db, _) = await ThreeTiersAsync();
        var flow = Flow.Create(_region.Enis[db], _region.Enis[web], IpProtocol.TcpNumber, 33000, 80);
        var check = (await Evaluator.CheckAsync(_region.Owner, db, web, flow)).Value!;
        Assert.False(check.Allowed);
        Assert.False(check.Source!.Allowed);
        Assert.Equal(RulePolicy.Drop, check.Source.Policy);
        Assert.True(check.Destination!.Allowed);
    }

    [Fact]
    public async Task Check_ExternalSource_HasNoSourceSide()
    {
        var (web, _, _) = await ThreeTiersAsync();
        var flow = Flow.Create(NetworkAddress.Parse("198.51.100.7"), _region.Enis[web], IpProtocol.TcpNumber, 33000, 80);
        var check = (await Evaluator.CheckAsync(_region.Owner, null, web, flow)).Value!;
        Assert.True(check.Allowed);
        Assert.Null(check.Source);
    }

    [Fact]
    public async Task Check_AnotherTenantsEni_IsNotFound()
    {
        var (web, db, _) = await ThreeTiersAsync();
        var flow = Flow.Create(_region.Enis[web], _region.Enis[db], IpProtocol.TcpNumber, 33000, 3306);
        var outcome = await Evaluator.CheckAsync(TestIds.Tenant(), web, db, flow);
        Assert.Equal(EcsErrorCodes.NetworkInterfaceNotFound, outcome.Errors[0].Code);
    }

    [Fact]
    public async Task CheckBatch_AllPairsAndProbes_EqualsTheReference()
    {
        await ThreeTiersAsync();
        var policies = await _region.ExpectedPoliciesAsync();
        var ids = _region.Enis.Keys.ToArray();
        var external = NetworkAddress.Parse("203.0.113.9");
        var sources = new List<int>();
        var destinations = new List<int>();
        var flows = new List<Flow>();
        for (var s = -1; s < ids.Length; s++)
        {
            for (var d = -1; d < ids.Length; d++)
            {
                if (s == d)
                {
                    continue;
                }

                foreach (var (protocol, port) in TestRegion.Probes)
                {
                    sources.Add(s);
                    destinations.Add(d);
                    flows.Add(Flow.Create(s < 0 ? external : _region.Enis[ids[s]], d < 0 ? external : _region.Enis[ids[d]], protocol, 33000, port));
                }
            }
        }

        var result = (await Evaluator.CheckBatchAsync(_region.Owner, new ConnectionBatch
        {
            NetworkInterfaceIds = ids,
            SourceIndexes = [.. sources],
            DestinationIndexes = [.. destinations],
            Flows = [.. flows],
        })).Value!;

        for (var i = 0; i < flows.Count; i++)
        {
            var expected = ConnectionEvaluator.EvaluateReference(flows[i],
                sources[i] < 0 ? null : policies[ids[sources[i]]].Egress,
                destinations[i] < 0 ? null : policies[ids[destinations[i]]].Ingress);
            Assert.Equal(expected.Allowed, result.Allowed(i));
            if (sources[i] >= 0)
            {
                Assert.Equal(expected.Source.Decision, result.Source[i]);
            }

            if (destinations[i] >= 0)
            {
                Assert.Equal(expected.Destination.Decision, result.Destination[i]);
            }
        }

        Assert.Contains(Enumerable.Range(0, flows.Count), i => result.Allowed(i));
        Assert.Contains(Enumerable.Range(0, flows.Count), i => !result.Allowed(i));
    }

    [Fact]
    public async Task CheckBatch_IndexOutOfRange_IsRefused()
    {
        var (web, _, _) = await ThreeTiersAsync();
        var outcome = await Evaluator.CheckBatchAsync(_region.Owner, new ConnectionBatch
        {
            NetworkInterfaceIds = [web],
            SourceIndexes = [3],
            DestinationIndexes = [0],
            Flows = [Flow.Parse("10.0.0.1", "10.0.0.2", "TCP", 1, 2)],
        });
        Assert.False(outcome.Succeeded);
    }
}
