using System.Runtime.InteropServices;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.NetworkInterfaces;

/// <summary>
/// The packed throughput path (<c>EvaluateConnectionsAsync</c>) decides each side exactly as the ENI's flow-by-flow batch
/// path does, and its ceiling twin answers the same shape.
/// </summary>
[Collection(SharedCluster.Name)]
public class ThroughputPathTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public void FlowBatch_HoldsIpv4FlowsByteForByte()
    {
        Ipv4Flow[] packed = [new(0x0A000001u, 0xC6336407u, IpProtocol.UdpNumber, 40000, 53)];
        var batch = FlowBatch.Of(packed);
        Assert.Equal(16, Marshal.SizeOf<Ipv4Flow>());
        Assert.Equal(16, batch.Bytes.Length);
        Assert.Equal(1, batch.Count);
        Assert.Equal(new Ipv4Flow(0x0A000001u, 0xC6336407u, IpProtocol.UdpNumber, 40000, 53), batch.Ipv4Flows[0]);
    }

    [Fact]
    public async Task EvaluateConnections_PackedBatch_EqualsEachSidesBatchEvaluation()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web), In("UDP", "53/53", "0.0.0.0/0", policy: "drop"));
        await _region.AuthorizeAsync(web, Direction.Egress, Out("TCP", "25/25", "10.0.0.0/8", policy: "drop", priority: 5));
        var webEni = await _region.CreateEniAsync(web);
        var dbEni = await _region.CreateEniAsync(db);
        var trustedDbEni = await _region.CreateEniAsync(db, web);

        var rules = await CheckPairAsync(webEni, dbEni);
        var trusted = await CheckPairAsync(webEni, trustedDbEni);

        Assert.Contains(rules, d => d is { Reason: DecisionReason.Rule, Allowed: true });
        Assert.Contains(rules, d => d is { Reason: DecisionReason.Rule, Allowed: false });
        Assert.Contains(trusted, d => d.Reason == DecisionReason.IntraGroup); // the second db ENI is in web too
    }

    [Fact]
    public async Task EvaluateConnections_CountsRuleHits_LikeEveryEvaluation()
    {
        var web = await _region.CreateGroupAsync();
        var db = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
        var webEni = await _region.CreateEniAsync(web);
        var dbEni = await _region.CreateEniAsync(db);
        var rule = (await _region.Group(db).GetRulesAsync())[0].Rule.RuleId;
        var (source, destination) = ((uint)_region.Enis[webEni].Value, (uint)_region.Enis[dbEni].Value);
        var batch = FlowBatch.Of([new Ipv4Flow(source, destination, IpProtocol.TcpNumber, 33000, 3306), new Ipv4Flow(source, destination, IpProtocol.TcpNumber, 33001, 3306),
            new Ipv4Flow(source, destination, IpProtocol.TcpNumber, 33000, 22)]);

        await _region.Eni(dbEni).EvaluateConnectionsAsync(Direction.Ingress, webEni, batch);

        var hits = await _region.Eni(dbEni).GetRuleHitsAsync(db);
        Assert.Equal((rule, Direction.Ingress, 2L), (Assert.Single(hits).SecurityGroupRuleId, hits[0].Direction, hits[0].Hits));
    }

    /// <summary>Both sides through the packed path against each side's flow-by-flow batch; returns the ingress decisions.</summary>
    private async Task<FilterDecision[]> CheckPairAsync(string sourceEni, string destinationEni)
    {
        var source = (uint)_region.Enis[sourceEni].Value;
        var destination = (uint)_region.Enis[destinationEni].Value;
        var flows = new List<Ipv4Flow>();
        foreach (var protocol in new[] { IpProtocol.TcpNumber, IpProtocol.UdpNumber, (byte)1 })
        {
            foreach (var port in new ushort[] { 22, 25, 53, 3306, 8080 })
            {
                flows.Add(new Ipv4Flow(source, destination, protocol, 33000, port));
            }
        }

        var batch = FlowBatch.Of([.. flows]);
        var domainFlows = flows.Select(f => f.ToFlow()).ToArray();
        var egress = await _region.Eni(sourceEni).EvaluateBatchAsync(Direction.Egress, domainFlows);
        var ingress = await _region.Eni(destinationEni).EvaluateBatchAsync(Direction.Ingress, domainFlows);

        var verdicts = await _region.Eni(destinationEni).EvaluateConnectionsAsync(Direction.Ingress, sourceEni, batch);

        Assert.Equal(egress, verdicts.Source.ToArray().Select(PackedDecision.Unpack));
        Assert.Equal(ingress, verdicts.Destination.ToArray().Select(PackedDecision.Unpack));
        Assert.Equal(egress.Zip(ingress).Count(p => p.First.Allowed && p.Second.Allowed), verdicts.Allowed);

        var echo = await _region.Eni(destinationEni).EchoConnectionsAsync(Direction.Ingress, sourceEni, batch);
        Assert.Equal(flows.Count, echo.Count);
        Assert.Equal(flows.Count, echo.Allowed);
        return ingress;
    }
}
